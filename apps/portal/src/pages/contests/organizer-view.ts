import type { ContestAdminResponse } from '@app/contests/contests/contest.mapper';
import type { Locale } from '@app/platform/i18n/translator';
import { DomainError, ErrorCode } from '@app/platform/errors';
import { inLocale } from './contest-view';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A page address with something that cannot be an id is a page that does not exist. */
export function idOf(raw: string): string {
  if (!UUID.test(raw)) throw new DomainError(ErrorCode.NOT_FOUND, 'Not found');
  return raw.toLowerCase();
}

/** The parts of an organizer page of one contest: its name, status and the tabs above. */
export type ContestTab = 'settings' | 'categories' | 'rounds' | 'questions' | 'judges' | 'entries';

export function contestHeader(contest: ContestAdminResponse, locale: Locale, tab: ContestTab) {
  return {
    id: contest.id,
    slug: contest.slug,
    name: inLocale(contest, 'name', locale),
    status: contest.status,
    tab,
  };
}

/** `?a=1&b=2` of the non-empty values, for links that keep the current filters. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const parts = Object.entries(params)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
