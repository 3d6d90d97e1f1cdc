import { ConflictStatus } from './conflict-of-interest.entity';

/** What decides how a judge's own declaration about a person, organisation or domain acts. */
export interface DeclarationContext {
  blindJudging: boolean;
  /** The judge holds an assignment of the contest that is not released (any round). */
  holdsAssignments: boolean;
}

/**
 * The one rule for a judge's own declarations (and withdrawals) in a blind contest.
 *
 * Applied at once, a declaration made while the judge sees entries of the contest would
 * make an oracle: declare a school, watch an entry leave the queue, withdraw, watch it come
 * back, and the judge knows who the team is. So in a blind contest:
 *
 * - a declaration made while the judge holds assignments there changes nothing by itself:
 *   it waits for an organizer, who sees which entries it matches and accepts or rejects it;
 *   made earlier (no assignments yet), it applies at once, since nothing shows what it did;
 * - withdrawing a declaration never brings an entry back: the assignments it kept from the
 *   judge are released as it goes.
 *
 * Non-blind contests show teams anyway; their declarations apply at once and withdrawing
 * one lifts it, as before. A conflict declared on one assigned entry names that entry and
 * reveals nothing; it always applies at once (`ScoringService.declareConflict`).
 */
export function declarationStatus(context: DeclarationContext): ConflictStatus {
  return context.blindJudging && context.holdsAssignments
    ? ConflictStatus.pending
    : ConflictStatus.effective;
}

/** Whether withdrawing an effective declaration keeps out the entries it kept from the judge. */
export function withdrawalKeepsEntriesOut(
  context: Pick<DeclarationContext, 'blindJudging'>,
): boolean {
  return context.blindJudging;
}
