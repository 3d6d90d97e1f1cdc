import type { EntityManager } from 'typeorm';
import { Round } from '@app/contests';
import type { Contest } from '@app/contests';
import { Entry, EntryStatus } from '@app/entries';
import { RoundEntry } from '@app/judging';
import { DomainError, ErrorCode, selectRows } from '@app/platform';
import { Award, AwardSlot } from '../awards/award.entity';
import { hasPendingWithdrawal } from '../awards/award-withdrawal.service';
import { Prize } from '@app/contests';
import { outcomeKey, outcomeOf } from './participant-outcome';
import type { ParticipantOutcome } from './participant-outcome';

/** Entries that never reached the organizers are no participants: drafts and withdrawals. */
const NOT_PARTICIPATING: readonly EntryStatus[] = [EntryStatus.draft, EntryStatus.withdrawn];
const PARTICIPATING = Object.values(EntryStatus).filter((s) => !NOT_PARTICIPATING.includes(s));

export interface EntryOutcome {
  entry: Entry;
  outcome: ParticipantOutcome;
  key: string;
}

/** Everything an announcement states, computed from the contest as it stands. */
export interface ContestOutcomes {
  rounds: Round[];
  prizes: Map<string, Prize>;
  outcomes: EntryOutcome[];
}

/**
 * The outcome of every participating entry of the contest: its confirmed prizes, the
 * rounds it took part in (numbered by their order) and its status, through outcomeOf.
 */
export async function computeOutcomes(
  manager: EntityManager,
  contestId: string,
): Promise<ContestOutcomes> {
  // Plain-SQL reads (selectRows): the announcement reads every participant of the contest.
  const [rounds, entries, awards] = await Promise.all([
    selectRows(manager, Round, { contestId }, { orderBy: { position: 'ASC' } }),
    selectRows(manager, Entry, { contestId, status: PARTICIPATING }, { orderBy: { code: 'ASC' } }),
    selectRows(manager, Award, { contestId, slot: AwardSlot.confirmed }),
  ]);
  const ordinal = new Map(rounds.map((round, index) => [round.id, index + 1]));
  const taking = await selectRows(manager, RoundEntry, { roundId: rounds.map((r) => r.id) });
  const reached = new Map<string, number[]>();
  for (const row of taking)
    reached.set(row.entryId, [...(reached.get(row.entryId) ?? []), ordinal.get(row.roundId) ?? 0]);
  const prizesOfEntry = new Map<string, string[]>();
  for (const award of awards)
    prizesOfEntry.set(award.entryId, [...(prizesOfEntry.get(award.entryId) ?? []), award.prizeId]);
  const prizeIds = [...new Set(awards.map((a) => a.prizeId))];
  const prizes = await selectRows(manager, Prize, { id: prizeIds });
  const outcomes = entries.map((entry) => {
    const outcome = outcomeOf(
      {
        status: entry.status,
        roundsReached: reached.get(entry.id) ?? [],
        prizeIds: prizesOfEntry.get(entry.id) ?? [],
      },
      rounds.length,
    );
    return { entry, outcome, key: outcomeKey(outcome) };
  });
  return { rounds, prizes: new Map(prizes.map((p) => [p.id, p])), outcomes };
}

/**
 * Why the contest cannot be announced now, as the coded error announcing would throw; null
 * when it can. A contest is announced from judging (a correction from announced), with
 * every round decided and no award change waiting for a second organizer.
 */
export async function announcementBlocker(
  manager: EntityManager,
  contest: Contest,
  rounds: Round[],
): Promise<DomainError | null> {
  if (contest.status !== 'judging' && contest.status !== 'announced')
    return new DomainError(
      ErrorCode.ANNOUNCEMENT_NOT_JUDGING,
      'Results are announced once the contest is in judging',
    );
  const undecided = rounds.find((round) => !round.decidedAt);
  if (rounds.length === 0 || undecided)
    return new DomainError(
      ErrorCode.ANNOUNCEMENT_ROUND_UNDECIDED,
      undecided
        ? `Round ${undecided.nameEn} is not decided yet`
        : 'The contest has no round to announce',
    );
  if (
    (await manager.existsBy(Award, { contestId: contest.id, slot: AwardSlot.pending })) ||
    (await hasPendingWithdrawal(manager, contest.id))
  )
    return new DomainError(
      ErrorCode.ANNOUNCEMENT_AWARDS_PENDING,
      'Award changes or withdrawals wait for a second organizer; confirm or cancel them first',
    );
  return null;
}
