import type { Entry } from '@app/entries';
import type { AdvancementRule, RankingMethod } from '@app/contests';
import { toVietnamIso, toVietnamIsoOrNull } from '@app/platform';
import type { RoundEntry } from '../assignment/round-entry.entity';
import { OverrideSlot } from './advancement-override.entity';
import type { AdvancementOverride, OverrideDecision } from './advancement-override.entity';
import { reviewCoverage } from '../ranking/review-coverage';
import type { ReviewCoverage } from '../ranking/review-coverage';
import { DEFAULT_METHOD, ruleDecides } from './advancement-proposal';
import type { AdvancementProposal, AdvancementReason, TieBreakTrail } from './advancement-proposal';
import type { RoundContext } from './round-context';

/** The verdict written when a round is decided. */
export interface FinalDecision {
  entryId: string;
  advanced: boolean;
  note: string;
  overrideId: string | null;
}

export interface OverrideResponse {
  id: string;
  roundId: string;
  entryId: string;
  decision: OverrideDecision;
  reason: string;
  proposedBy: string;
  confirmedBy: string | null;
  confirmedAt: string | null;
  /** `superseded`: a newer proposal for the entry took its place; it never counts again. */
  state: 'pending' | 'confirmed' | 'superseded';
  supersededBy: string | null;
  supersededAt: string | null;
  createdAt: string;
}

/** A new proposal, and what it did to the entry's other overrides. */
export interface ProposeOverrideResponse extends OverrideResponse {
  /** The pending proposal this one replaced: it can no longer be confirmed. */
  supersededPending: OverrideResponse | null;
  /** The confirmed override that stays in effect until this one is confirmed. */
  replacesOnConfirmation: OverrideResponse | null;
}

/** A confirmation, and the earlier confirmed override it ended, if any. */
export interface ConfirmOverrideResponse extends OverrideResponse {
  superseded: OverrideResponse | null;
}

export interface AdvancementEntryView extends ReviewCoverage {
  entryId: string;
  code: string;
  title: string;
  categoryKey: string;
  total: number | null;
  reviews: number;
  rank: number | null;
  /** The rule's verdict on the latest ranking. */
  proposed: boolean;
  reasons: AdvancementReason[];
  /** The confirmed override, if any, which wins over the proposal. */
  overrideId: string | null;
  /** What deciding now would do (or did, once decided). */
  advances: boolean;
  status: RoundEntry['status'];
  decisionNote: string | null;
}

export interface AdvancementView {
  roundId: string;
  contestId: string;
  rule: AdvancementRule | null;
  /** The rule names no cut-off: nothing is proposed and deciding answers 409 ADVANCEMENT_RULE_MISSING. */
  ruleMissing: boolean;
  method: RankingMethod;
  rankingReady: boolean;
  /** Reviews the round asks for per entry; entries with fewer are `underReview`. */
  reviewsRequired: number;
  decidedAt: string | null;
  entries: AdvancementEntryView[];
  trails: TieBreakTrail[];
  overrides: OverrideResponse[];
}

export function toOverrideResponse(override: AdvancementOverride): OverrideResponse {
  return {
    id: override.id,
    roundId: override.roundId,
    entryId: override.entryId,
    decision: override.decision,
    reason: override.reason,
    proposedBy: override.proposedBy,
    confirmedBy: override.confirmedBy,
    confirmedAt: toVietnamIsoOrNull(override.confirmedAt),
    state: override.slot ?? 'superseded',
    supersededBy: override.supersededBy,
    supersededAt: toVietnamIsoOrNull(override.supersededAt),
    createdAt: toVietnamIso(new Date(override.createdAt)),
  };
}

export function toAdvancementView(input: {
  context: RoundContext;
  proposal: AdvancementProposal | null;
  overrides: AdvancementOverride[];
  roundEntries: RoundEntry[];
  entries: Entry[];
}): AdvancementView {
  const { context, proposal, overrides, roundEntries, entries } = input;
  // At most one per entry: the unique slot index guarantees it.
  const confirmed = new Map(
    overrides.filter((o) => o.slot === OverrideSlot.confirmed).map((o) => [o.entryId, o]),
  );
  const entryById = new Map(entries.map((e) => [e.id, e]));
  const proposedById = new Map((proposal?.entries ?? []).map((p) => [p.entryId, p]));
  const categoryKeyById = new Map(context.categories.map((c) => [c.id, c.key]));
  const rows = roundEntries.map((roundEntry): AdvancementEntryView => {
    const entry = entryById.get(roundEntry.entryId);
    const proposed = proposedById.get(roundEntry.entryId);
    const override = confirmed.get(roundEntry.entryId);
    const passes = proposed?.passes ?? false;
    const reviews = proposed?.reviews ?? 0;
    return {
      entryId: roundEntry.entryId,
      code: entry?.code ?? proposed?.code ?? '',
      title: entry?.title ?? '',
      categoryKey:
        proposed?.categoryKey ?? (entry ? (categoryKeyById.get(entry.categoryId) ?? '') : ''),
      total: proposed?.total ?? null,
      reviews,
      ...reviewCoverage(reviews, context.round.reviewsPerEntry),
      rank: proposed?.rank ?? null,
      proposed: passes,
      reasons: proposed?.reasons ?? [{ code: 'NO_SCORE' }],
      overrideId: override?.id ?? null,
      advances: override ? override.decision === 'advance' : passes,
      status: roundEntry.status,
      decisionNote: roundEntry.decisionNote,
    };
  });
  rows.sort(
    (a, b) =>
      a.categoryKey.localeCompare(b.categoryKey) ||
      (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
      (b.total ?? -1) - (a.total ?? -1) ||
      a.code.localeCompare(b.code),
  );
  return {
    roundId: context.round.id,
    contestId: context.contest.id,
    rule: context.round.advancementRule ?? null,
    ruleMissing: !ruleDecides(context.round.advancementRule),
    method: proposal?.method ?? context.round.advancementRule?.method ?? DEFAULT_METHOD,
    rankingReady: proposal !== null,
    reviewsRequired: context.round.reviewsPerEntry,
    decidedAt: toVietnamIsoOrNull(context.round.decidedAt),
    entries: rows,
    trails: proposal?.trails ?? [],
    overrides: overrides.map(toOverrideResponse),
  };
}
