import { plainToInstance } from 'class-transformer';
import { communeOptions } from '@app/entries';
import { type Locale, renderMarkdown, validateInput } from '@app/platform';
import { GalleryQueryDto } from '@app/results';
import type { GalleryPageResponse } from '@app/results';
import { inLocale, type Translate } from '../contests/contest-view';
import { queryString } from '../contests/organizer-view';

export const GALLERY_FILTERS = ['q', 'category', 'field', 'commune', 'district'] as const;
export type GalleryFilters = Partial<Record<(typeof GALLERY_FILTERS)[number], string>>;

/**
 * The gallery's search and filters from the address. A value the API would refuse (a
 * page of letters, a query longer than the limit) is dropped rather than refused: the
 * public page still shows, without that filter, as the organizers' list does.
 */
export function galleryQueryOf(raw: Record<string, unknown>): {
  query: GalleryQueryDto;
  filters: GalleryFilters;
} {
  const input: Record<string, unknown> = {};
  for (const name of [...GALLERY_FILTERS, 'page'])
    if (typeof raw[name] === 'string' && raw[name] !== '') input[name] = raw[name];
  const checked = validateInput(GalleryQueryDto, input);
  if (!checked.ok) for (const problem of checked.errors) delete input[problem.field.split('.')[0]];
  const query = plainToInstance(GalleryQueryDto, input);
  const filters: GalleryFilters = {};
  for (const name of GALLERY_FILTERS) {
    const value = query[name];
    if (typeof value === 'string' && value) filters[name] = value;
  }
  return { query, filters };
}

/** The cards as the page shows them: names in the reader's language, the summary as safe HTML. */
export function galleryCards(page: GalleryPageResponse, locale: Locale, t: Translate) {
  return page.items.map((card) => ({
    code: card.code,
    title: card.title,
    // The only HTML the template prints unescaped: Markdown through the allow-list sanitiser.
    summaryHtml: card.summary ? renderMarkdown(card.summary) : '',
    category: card.category ? inLocale(card.category, 'name', locale) : '',
    field: card.field ? inLocale(card.field, 'name', locale) : '',
    place: card.commune ?? card.district ?? '',
    teamName: card.teamName,
    prizes: card.prizes.map((prize) => inLocale(prize, 'name', locale)),
    imageUrl: card.imageUrl,
    imageAlt: t('gallery.imageAlt', { title: card.title }),
  }));
}

/** The choices of the filter form, with the current values kept. */
export function galleryChoices(
  contest: { categories: Array<{ key: string; nameVi: string; nameEn: string }> },
  fields: Array<{ key: string; labelVi: string; labelEn: string }>,
  locale: Locale,
) {
  return {
    categories: contest.categories.map((c) => ({ key: c.key, name: inLocale(c, 'name', locale) })),
    fields: fields.map((f) => ({ key: f.key, label: inLocale(f, 'label', locale) })),
    communes: communeOptions(),
  };
}

export function galleryPager(base: string, filters: GalleryFilters, page: GalleryPageResponse) {
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const link = (n: number) => base + queryString({ ...filters, page: n > 1 ? n : undefined });
  return {
    page: page.page,
    pages,
    total: page.total,
    previous: page.page > 1 ? link(Math.min(page.page - 1, pages)) : null,
    next: page.page < pages ? link(page.page + 1) : null,
  };
}
