import type { EligibilityRules, PublicContestResponse } from '@app/contests';
import type { Locale } from '@app/platform';
import { formatMoment } from '@app/platform';

/** A message of the page catalogue with its values, translated by the template. */
export interface Message {
  key: string;
  vars?: Record<string, unknown>;
}

const MINUTE_MS = 60_000;

/**
 * `lúc 23:59, 31/03/2027 (GMT+7)`: a deadline or window someone must act by says which
 * clock it means; past moments are written with fmt.moment alone. The locale defaults to
 * Vietnamese only for callers not yet passing theirs.
 */
export function vietnamDeadline(
  iso: string | Date | null | undefined,
  locale: Locale,
): string | null {
  return iso ? `${formatMoment(iso, locale)} (GMT+7)` : null;
}

/**
 * "còn 3 ngày 4 giờ" / "còn 5 giờ 12 phút", computed on the server so the page is right
 * without JavaScript; the optional script only keeps it fresh.
 */
export function timeLeft(iso: string | null | undefined, now: Date): Message | null {
  if (!iso) return null;
  const minutes = Math.floor((new Date(iso).getTime() - now.getTime()) / MINUTE_MS);
  if (minutes < 0) return { key: 'contests.timeOver' };
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  if (days > 0) return { key: 'contests.timeLeftDays', vars: { days, hours } };
  return { key: 'contests.timeLeftHours', vars: { hours, minutes: minutes % 60 } };
}

export type Translate = (key: string, vars?: Record<string, unknown>) => string;

/** The rules of a category, in words of the page's language. */
export function eligibilityInWords(
  rules: EligibilityRules | null | undefined,
  t: Translate,
): string[] {
  const words: Message[] = [];
  const r = rules ?? {};
  if (r.applicantTypes?.length) {
    const types = r.applicantTypes.map((type) => t(`applicantTypes.${type}`)).join(', ');
    words.push({ key: 'eligibility.applicantTypes', vars: { types } });
  }
  if (r.minAge != null && r.maxAge != null)
    words.push({ key: 'eligibility.ageBetween', vars: { min: r.minAge, max: r.maxAge } });
  else if (r.minAge != null) words.push({ key: 'eligibility.ageAtLeast', vars: { min: r.minAge } });
  else if (r.maxAge != null) words.push({ key: 'eligibility.ageAtMost', vars: { max: r.maxAge } });
  if (r.teamSizeMin != null && r.teamSizeMax != null)
    words.push({
      key: 'eligibility.teamBetween',
      vars: { min: r.teamSizeMin, max: r.teamSizeMax },
    });
  else if (r.teamSizeMax != null)
    words.push({ key: 'eligibility.teamAtMost', vars: { max: r.teamSizeMax } });
  else if (r.teamSizeMin != null)
    words.push({ key: 'eligibility.teamAtLeast', vars: { min: r.teamSizeMin } });
  if (r.startupMaxAgeYears != null)
    words.push({ key: 'eligibility.startupAge', vars: { years: r.startupMaxAgeYears } });
  if (r.organizationRequired) words.push({ key: 'eligibility.organizationRequired' });
  if (r.onePersonOneEntry) words.push({ key: 'eligibility.onePersonOneEntry' });
  if (r.memberConfirmation)
    words.push({ key: `eligibility.memberConfirmation_${r.memberConfirmation}` });
  if (words.length === 0) words.push({ key: 'eligibility.none' });
  return words.map((word) => t(word.key, word.vars));
}

/** Picks the Vietnamese or English text of a pair such as nameVi/nameEn. */
export function inLocale<T extends object>(item: T, base: string, locale: Locale): string {
  const record = item as Record<string, unknown>;
  const own = record[`${base}${locale === 'en' ? 'En' : 'Vi'}`];
  const other = record[`${base}${locale === 'en' ? 'Vi' : 'En'}`];
  return (typeof own === 'string' && own) || (typeof other === 'string' ? other : '');
}

export interface ContestCard {
  slug: string;
  name: string;
  kind: string;
  status: string;
  acceptingSubmissions: boolean;
  deadline: string | null;
  timeLeft: Message | null;
}

export function toContestCard(
  contest: PublicContestResponse,
  locale: Locale,
  now: Date,
): ContestCard {
  return {
    slug: contest.slug,
    name: inLocale(contest, 'name', locale),
    kind: contest.kind,
    status: contest.status,
    acceptingSubmissions: contest.acceptingSubmissions,
    deadline: vietnamDeadline(contest.submissionDeadline, locale),
    timeLeft: contest.acceptingSubmissions ? timeLeft(contest.submissionDeadline, now) : null,
  };
}
