import { plainToInstance } from 'class-transformer';
import { validateInput, formatMoment } from '@app/platform';
import { ListEntriesQueryDto } from '@app/entries';
import type { EntryPageResponse } from '@app/entries';
import type { Locale } from '@app/platform';
import { inLocale } from '../contests/contest-view';
import { queryString } from '../contests/organizer-view';

export const FILTER_NAMES = [
  'status',
  'category',
  'field',
  'commune',
  'district',
  'school',
  'q',
] as const;
export const LIST_STATUSES = [
  'submitted',
  'eligible',
  'ineligible',
  'draft',
  'withdrawn',
  'advanced',
  'eliminated',
];

export type Filters = Partial<Record<(typeof FILTER_NAMES)[number], string>>;

/**
 * The list's filters from the address. A filter the list cannot take (an unknown status,
 * a page of letters) is dropped rather than refused: the page still shows, unfiltered by it.
 */
export function listQueryOf(raw: Record<string, unknown>): {
  query: ListEntriesQueryDto;
  filters: Filters;
} {
  const input: Record<string, unknown> = {};
  for (const name of [...FILTER_NAMES, 'page'])
    if (typeof raw[name] === 'string' && raw[name] !== '') input[name] = raw[name];
  const checked = validateInput(ListEntriesQueryDto, input);
  if (!checked.ok) for (const problem of checked.errors) delete input[problem.field.split('.')[0]];
  const query = plainToInstance(ListEntriesQueryDto, input);
  const filters: Filters = {};
  for (const name of FILTER_NAMES) {
    const value = query[name];
    if (typeof value === 'string' && value) filters[name] = value;
  }
  return { query, filters };
}

/** The status tabs: "all" then each status that has entries, with the other filters kept. */
export function statusTabs(base: string, filters: Filters, counts: Record<string, number>) {
  const others = { ...filters, status: undefined };
  const all = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return [
    { status: '', count: all, href: base + queryString(others), current: !filters.status },
    ...LIST_STATUSES.filter((status) => counts[status] || filters.status === status).map(
      (status) => ({
        status,
        count: counts[status] ?? 0,
        href: base + queryString({ ...others, status }),
        current: filters.status === status,
      }),
    ),
  ];
}

export function entryRows(page: EntryPageResponse, locale: Locale) {
  return page.items.map((entry) => ({
    id: entry.id,
    code: entry.code,
    status: entry.status,
    title: entry.title,
    teamName: entry.teamName,
    leader: entry.members[0]?.fullName ?? '',
    memberCount: entry.members.length,
    category: entry.category ? inLocale(entry.category, 'name', locale) : '',
    field: entry.field ? inLocale(entry.field, 'name', locale) : '',
    commune: entry.commune,
    district: entry.district,
    organization: entry.organization,
    submittedAt: formatMoment(entry.submittedAt, locale),
  }));
}

export function pagination(base: string, filters: Filters, page: EntryPageResponse) {
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const link = (n: number) => base + queryString({ ...filters, page: n > 1 ? n : undefined });
  return {
    page: page.page,
    pages,
    total: page.total,
    previous: page.page > 1 ? link(page.page - 1) : null,
    next: page.page < pages ? link(page.page + 1) : null,
  };
}
