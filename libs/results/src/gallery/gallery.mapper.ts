import type { Category, ContestField } from '@app/contests';
import type { GalleryCardResponse } from './gallery.dto';
import type { GalleryPrize } from './gallery-prizes';
import type { GalleryRow } from './gallery.repository';

/** Where the public reads a card's image (served only while the card is shown). */
export function galleryImagePath(attachmentId: string): string {
  return `/gallery/images/${attachmentId}`;
}

export function galleryPagePath(contestSlug: string): string {
  return `/contests/${encodeURIComponent(contestSlug)}/gallery`;
}

interface CardContext {
  categories: readonly Category[];
  fields: readonly ContestField[];
  prizes: ReadonlyMap<string, GalleryPrize[]>;
}

/** A card from its row: only the fields the listing shows, nothing about the members. */
export function toGalleryCard(row: GalleryRow, context: CardContext): GalleryCardResponse {
  const category = context.categories.find((c) => c.id === row.categoryId);
  const field = context.fields.find((f) => f.key === row.fieldKey);
  return {
    code: row.code,
    title: row.title,
    summary: row.summary,
    category: category
      ? { key: category.key, nameVi: category.nameVi, nameEn: category.nameEn }
      : null,
    field: field ? { key: field.key, nameVi: field.labelVi, nameEn: field.labelEn } : null,
    commune: row.commune,
    district: row.district,
    teamName: row.teamName,
    prizes: (context.prizes.get(row.entryId) ?? []).map((p) => ({
      nameVi: p.nameVi,
      nameEn: p.nameEn,
    })),
    imageUrl: row.imageId ? galleryImagePath(row.imageId) : null,
  };
}

/**
 * Headers of a gallery image: shown inline (it is an <img>), with the type detected from
 * its content at upload, nosniff and a sandboxing CSP as for every download, so even a
 * file that slipped past the content check cannot run as a page of the portal. Never
 * kept by caches: a team withdrawing from the gallery takes its image away at once.
 */
export function galleryImageHeaders(file: {
  mediaType: string;
  sizeBytes: number;
}): Record<string, string> {
  return {
    'content-type': file.mediaType,
    'content-length': String(file.sizeBytes),
    'content-disposition': 'inline',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "sandbox; default-src 'none'",
    'cache-control': 'no-store',
  };
}
