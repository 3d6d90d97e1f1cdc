/** The groups of the announcement, best first: each gets its own mail. */
export const OUTCOME_KINDS = [
  'prize',
  'finalist',
  'advanced',
  'not_advanced',
  'ineligible',
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** What the announcement knows of one entry. */
export interface OutcomeFacts {
  /** The entry's status (`ineligible` after screening). */
  status: string;
  /** Ordinals (1 = first round) of the rounds the entry took part in. */
  roundsReached: readonly number[];
  /** Prizes confirmed for the entry (an entry may hold a ranked and a special prize). */
  prizeIds: readonly string[];
}

export interface ParticipantOutcome {
  kind: OutcomeKind;
  /** For `advanced`: the last round reached (2 = the second round); null otherwise. */
  round: number | null;
  /** For `prize`: the prizes, sorted so that two computations compare equal. */
  prizeIds: string[];
}

/**
 * The one rule of who is told what. A prize outranks everything (only finalists can hold
 * one); then ineligibility (screened out before judging); then how far the entry went:
 * the last of several rounds is the final, an entry that reached a later round than the
 * first "advanced to round N", and one that stayed in the first round (or never entered
 * one) did not advance. A contest of one round has no finalists: its last round is also
 * its first, and reaching it is no distinction.
 */
export function outcomeOf(facts: OutcomeFacts, roundCount: number): ParticipantOutcome {
  if (facts.prizeIds.length > 0)
    return { kind: 'prize', round: null, prizeIds: [...new Set(facts.prizeIds)].sort() };
  if (facts.status === 'ineligible') return { kind: 'ineligible', round: null, prizeIds: [] };
  const reached = Math.max(0, ...facts.roundsReached);
  if (roundCount > 1 && reached >= roundCount)
    return { kind: 'finalist', round: null, prizeIds: [] };
  if (reached >= 2) return { kind: 'advanced', round: reached, prizeIds: [] };
  return { kind: 'not_advanced', round: null, prizeIds: [] };
}

/** A stable text of an outcome: two versions differ for an entry exactly when this does. */
export function outcomeKey(outcome: ParticipantOutcome): string {
  if (outcome.kind === 'prize') return `prize:${outcome.prizeIds.join('+')}`;
  if (outcome.kind === 'advanced') return `advanced:${outcome.round}`;
  return outcome.kind;
}

/** The prizes a prize outcome's key lists ("prize:<id>+<id>"); none for another outcome. */
export function prizeIdsOfKey(key: string): string[] {
  return key.startsWith('prize:') ? key.slice('prize:'.length).split('+') : [];
}
