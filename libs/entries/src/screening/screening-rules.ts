import { EntryStatus } from '../entries/entry.entity';

export type ScreeningDecision = EntryStatus.eligible | EntryStatus.ineligible;

export const SCREENING_DECISIONS: readonly ScreeningDecision[] = [
  EntryStatus.eligible,
  EntryStatus.ineligible,
];

export const SCREENING_REASON_MAX = 2000;

/**
 * Screening decides on a submitted entry, and may be reversed (eligible <-> ineligible)
 * while the entry has not moved on to judging. Repeating the decision an entry already
 * has is refused rather than ignored: it would tell the team the same thing twice.
 */
export function canScreen(from: EntryStatus, decision: ScreeningDecision): boolean {
  if (from === EntryStatus.submitted) return true;
  if (from === EntryStatus.eligible) return decision === EntryStatus.ineligible;
  if (from === EntryStatus.ineligible) return decision === EntryStatus.eligible;
  return false;
}
