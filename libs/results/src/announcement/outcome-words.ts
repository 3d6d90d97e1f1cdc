import type { Round } from '@app/contests';
import type { Locale } from '@app/platform';
import type { Prize } from '@app/contests';
import type { ParticipantOutcome } from './participant-outcome';

/** What the outcome names need: the contest's rounds in order and its prizes by id. */
export interface OutcomeNames {
  rounds: readonly Round[];
  prizes: ReadonlyMap<string, Prize>;
}

const FIXED: Record<'finalist' | 'not_advanced' | 'ineligible', Record<Locale, string>> = {
  finalist: { vi: 'vào vòng chung kết', en: 'reached the final round' },
  not_advanced: { vi: 'chưa vào vòng tiếp theo', en: 'did not go on to the next round' },
  ineligible: {
    vi: 'không đủ điều kiện dự thi',
    en: 'did not meet the conditions of the contest',
  },
};

/** The prizes' names in the reader's language, joined ("Giải Nhất, Giải đặc biệt"). */
export function prizeNames(outcome: ParticipantOutcome, names: OutcomeNames, locale: Locale) {
  return outcome.prizeIds
    .map((id) => names.prizes.get(id))
    .filter((prize): prize is Prize => Boolean(prize))
    .sort((a, b) => a.position - b.position)
    .map((prize) => (locale === 'en' ? prize.nameEn : prize.nameVi))
    .join(', ');
}

/** The name of the n-th round (1-based) in the reader's language. */
export function roundName(n: number | null, names: OutcomeNames, locale: Locale): string {
  const round = n ? names.rounds[n - 1] : undefined;
  if (!round) return '';
  return locale === 'en' ? round.nameEn : round.nameVi;
}

/** An outcome in words, for the correction mail ("... is now: Giải Nhì"). */
export function outcomeWords(
  outcome: ParticipantOutcome,
  names: OutcomeNames,
  locale: Locale,
): string {
  if (outcome.kind === 'prize') return prizeNames(outcome, names, locale);
  if (outcome.kind === 'advanced') {
    const round = roundName(outcome.round, names, locale);
    return locale === 'en' ? `went on to ${round}` : `vào đến ${round}`;
  }
  return FIXED[outcome.kind][locale];
}
