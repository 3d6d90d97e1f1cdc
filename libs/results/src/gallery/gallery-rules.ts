import { foldVietnamese } from '@app/platform';
import { EntryStatus } from '@app/entries';
import type { Entry } from '@app/entries';

/**
 * The statuses of an entry the gallery may show: submitted and later, but never a draft,
 * a withdrawn or an ineligible entry. Checked at opt-in and again on every public read,
 * so an entry withdrawn, reopened as a draft or screened out disappears at once.
 */
export const GALLERY_STATUSES: readonly EntryStatus[] = [
  EntryStatus.submitted,
  EntryStatus.eligible,
  EntryStatus.advanced,
  EntryStatus.eliminated,
];

export function mayShowInGallery(status: EntryStatus): boolean {
  return GALLERY_STATUSES.includes(status);
}

/** The media types an image of the gallery may have: those the image attachment kind accepts. */
export const GALLERY_IMAGE_TYPES: readonly string[] = ['image/png', 'image/jpeg', 'image/webp'];

// A line break between fields, so a query never matches across two of them by accident.
const FIELD_SEPARATOR = '\n';

/** Title, summary and team name folded the way the query is folded (`foldVietnamese`). */
export function gallerySearchText(entry: Pick<Entry, 'title' | 'summary' | 'teamName'>): string {
  return [entry.title, entry.summary, entry.teamName]
    .filter((field): field is string => !!field)
    .map(foldVietnamese)
    .join(FIELD_SEPARATOR);
}
