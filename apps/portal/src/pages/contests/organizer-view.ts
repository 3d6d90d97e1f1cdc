import type { ContestAdminResponse } from '@app/contests';
import type { Locale } from '@app/platform';
import { inLocale } from './contest-view';
import { pageIdOf } from '../platform/page-id.pipe';

/** An id from somewhere other than a path parameter (those go through PageIdPipe). */
export const idOf = pageIdOf;

/** The parts of an organizer page of one contest: its name, status and the tabs above. */
export type ContestTab =
  | 'settings'
  | 'categories'
  | 'rounds'
  | 'questions'
  | 'judges'
  | 'entries'
  | 'prizes'
  | 'awards'
  | 'announcement'
  | 'certificates'
  | 'statistics'
  | 'festival';

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
