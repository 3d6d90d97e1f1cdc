import type { EntityManager } from 'typeorm';
import { EntryEvent } from '../history/entry-event.entity';
import { Entry, EntryStatus } from './entry.entity';

export interface RoundDecision {
  entryId: string;
  roundId: string;
  advanced: boolean;
  actorId: string;
  /** Why: the rule's verdict or an override's reason. */
  note: string;
}

/**
 * Records a round's verdict on an entry: its status and a history row. Called inside the
 * transaction that decides the round, so the entry and the round never disagree.
 */
export async function recordRoundDecision(
  manager: EntityManager,
  decision: RoundDecision,
): Promise<void> {
  const status = decision.advanced ? EntryStatus.advanced : EntryStatus.eliminated;
  await manager.update(Entry, { id: decision.entryId }, { status });
  await manager.insert(EntryEvent, {
    entryId: decision.entryId,
    actorId: decision.actorId,
    type: decision.advanced ? 'round_advanced' : 'round_eliminated',
    data: { roundId: decision.roundId, to: status, note: decision.note },
  });
}
