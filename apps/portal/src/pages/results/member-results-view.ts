import type { Locale } from '@app/platform';
import type { EntryResultsSummary } from '@app/results';
import { inLocale } from '../contests/contest-view';

/** An entry's announced results as the home and entry pages show them, in the reader's language. */
export function memberResultRows(summaries: EntryResultsSummary[], locale: Locale) {
  return summaries.map((s) => ({
    entryId: s.entryId,
    entryCode: s.entryCode,
    entryTitle: s.entryTitle,
    leads: s.leads,
    contestName: inLocale(s.contest, 'name', locale),
    outcome: {
      key: `memberResults.outcome_${s.outcome.kind}`,
      vars: {
        prizes: s.outcome.prizes.map((p) => inLocale(p, 'name', locale)).join(', '),
        round: s.outcome.round ? inLocale(s.outcome.round, 'name', locale) : '',
      },
    },
    certificates: s.certificates,
    gallery: s.gallery,
    feedback: s.feedbackRounds.map((r) => ({
      roundId: r.roundId,
      name: inLocale(r, 'name', locale),
    })),
    resultsPath: s.resultsPath,
  }));
}

/** Whether any of the rows has a certificate: the home page then links "My certificates". */
export const anyCertificates = (rows: { certificates: number }[]) =>
  rows.some((row) => row.certificates > 0);
