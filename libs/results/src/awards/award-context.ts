import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { Category, contestOrFail, Round } from '@app/contests';
import type { Contest, RankingMethod } from '@app/contests';
import { Entry } from '@app/entries';
import { DEFAULT_METHOD, RoundEntry } from '@app/judging';
import type { RankedEntry } from '@app/judging';
import { DomainError, ErrorCode } from '@app/platform';
import { Award, AwardSlot } from './award.entity';
import { proposeAwards } from './award-proposal';
import type { ProposedSeat } from './award-proposal';
import { Prize } from '@app/contests';
import { prizesOf } from '@app/contests';

/** A contest with what awarding reads around it: its final round, prizes and ranking. */
export interface AwardContext {
  contest: Contest;
  categories: Category[];
  /** The contest's last round (highest position); null while it has none. */
  finalRound: Round | null;
  method: RankingMethod;
  prizes: Prize[];
  /** The final round's latest ranking; null while it has none. */
  ranking: RankedEntry[] | null;
  proposal: ProposedSeat[];
}

/** Reads the stored ranking of a round (RankingService.latest, or a transaction's read). */
export type RankingReader = (roundId: string) => Promise<{ entries: RankedEntry[] } | null>;

export async function loadAwardContext(
  manager: EntityManager,
  contestId: string,
  latestRanking: RankingReader,
): Promise<AwardContext> {
  const contest = await contestOrFail(manager, contestId);
  const [categories, finalRound, prizes] = await Promise.all([
    manager.find(Category, { where: { contestId }, order: { position: 'ASC' } }),
    manager.findOne(Round, { where: { contestId }, order: { position: 'DESC' } }),
    prizesOf(manager, contestId),
  ]);
  const method = finalRound?.advancementRule?.method ?? DEFAULT_METHOD;
  const ranking = finalRound ? ((await latestRanking(finalRound.id))?.entries ?? null) : null;
  const keyOf = new Map(categories.map((c) => [c.id, c.key]));
  const held = await manager.find(Award, {
    where: { contestId, slot: AwardSlot.confirmed },
    select: { prizeId: true, entryId: true },
  });
  // Withdrawn awards name themselves as what superseded them (award-withdrawal.service.ts).
  const withdrawn = await manager
    .createQueryBuilder(Award, 'a')
    .select('a.entryId', 'entryId')
    .where('a.contestId = :contestId AND a.slot IS NULL AND a.supersededBy = a.id', { contestId })
    .getRawMany<{ entryId: string }>();
  const proposal = ranking
    ? proposeAwards(
        prizes.map((p) => ({
          id: p.id,
          kind: p.kind,
          categoryKey: p.categoryId ? (keyOf.get(p.categoryId) ?? null) : null,
          quantity: p.quantity,
        })),
        ranking,
        method,
        held,
        new Set(withdrawn.map((w) => w.entryId)),
      )
    : [];
  return { contest, categories, finalRound, method, prizes, ranking, proposal };
}

/** 409 FINAL_ROUND_NOT_DECIDED until the contest's last round is decided. */
export function assertFinalDecided(context: AwardContext): Round {
  const round = context.finalRound;
  if (!round?.decidedAt)
    throw new DomainError(
      ErrorCode.FINAL_ROUND_NOT_DECIDED,
      'Prizes are awarded once the final round is decided',
    );
  return round;
}

/**
 * The entry, 404 unless it belongs to this contest; 409 AWARD_ENTRY_NOT_FINALIST unless
 * it took part in the final round; 409 AWARD_WRONG_CATEGORY for a prize of another
 * category.
 */
export async function finalistOrFail(
  manager: EntityManager,
  context: AwardContext,
  round: Round,
  entryId: string,
  prize: Prize,
): Promise<Entry> {
  const entry = await manager.findOneBy(Entry, { id: entryId, contestId: context.contest.id });
  if (!entry) throw new DomainError(ErrorCode.NOT_FOUND, 'No such entry in this contest');
  if (!(await manager.existsBy(RoundEntry, { roundId: round.id, entryId })))
    throw new DomainError(
      ErrorCode.AWARD_ENTRY_NOT_FINALIST,
      'Only entries that reached the final round can be awarded',
    );
  if (prize.categoryId && prize.categoryId !== entry.categoryId)
    throw new DomainError(
      ErrorCode.AWARD_WRONG_CATEGORY,
      "This prize is for another category's entries",
    );
  return entry;
}

export async function entriesById(
  manager: EntityManager,
  ids: string[],
): Promise<Map<string, Entry>> {
  if (ids.length === 0) return new Map();
  const entries = await manager.find(Entry, { where: { id: In([...new Set(ids)]) } });
  return new Map(entries.map((e) => [e.id, e]));
}
