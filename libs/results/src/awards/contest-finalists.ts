import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { Round } from '@app/contests';
import { Entry } from '@app/entries';
import { RoundEntry } from '@app/judging';

/**
 * The contest's finalists: the entries that took part in its last round, the same rule
 * awarding uses (AWARD_ENTRY_NOT_FINALIST). Libs above results (the festival's booths)
 * read finalists here rather than from judging's tables.
 */
export async function finalistsOf(manager: EntityManager, contestId: string): Promise<Entry[]> {
  const finalRound = await manager.findOne(Round, {
    where: { contestId },
    order: { position: 'DESC' },
  });
  if (!finalRound) return [];
  const inRound = await manager.find(RoundEntry, {
    where: { roundId: finalRound.id },
    select: { entryId: true },
  });
  if (inRound.length === 0) return [];
  return manager.find(Entry, {
    where: { id: In(inRound.map((r) => r.entryId)), contestId },
    order: { code: 'ASC' },
  });
}
