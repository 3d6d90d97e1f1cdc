import { Injectable } from '@nestjs/common';
import { SelectQueryBuilder } from 'typeorm';
import { User } from '@app/accounts';
import { Attachment, containsPattern, Entry, LIKE_ESCAPE } from '@app/entries';
import { foldVietnamese, TransactionRunner } from '@app/platform';
import { GalleryListing } from './gallery-listing.entity';
import { GALLERY_IMAGE_TYPES, GALLERY_STATUSES, gallerySearchText } from './gallery-rules';

/** Filters resolved against the contest (a category key already turned into its id). */
export interface GalleryFilters {
  q?: string;
  categoryId?: string;
  fieldKey?: string;
  commune?: string;
  district?: string;
}

/** A card's columns as read: the entry's public fields and the image, if still there. */
export interface GalleryRow {
  entryId: string;
  code: string;
  title: string;
  summary: string | null;
  teamName: string | null;
  categoryId: string;
  fieldKey: string | null;
  commune: string | null;
  district: string | null;
  imageId: string | null;
}

/**
 * The gallery's queries. Every read goes through `shown`, the one place that says what the
 * public may see: a listing of the contest whose entry is submitted or later (never a
 * draft, withdrawn or ineligible one) and whose owner's account is not erased. Search
 * compares the listing's folded text with the folded query, the same on both databases.
 */
@Injectable()
export class GalleryRepository {
  constructor(private readonly tx: TransactionRunner) {}

  async page(
    contestId: string,
    filters: GalleryFilters,
    offset: number,
    limit: number,
  ): Promise<{ rows: GalleryRow[]; total: number }> {
    const total = await this.filtered(contestId, filters).getCount();
    const rows = await this.filtered(contestId, filters)
      .leftJoin(
        Attachment,
        'a',
        'a.id = g.imageAttachmentId AND a.entryId = g.entryId AND a.mediaType IN (:...imageTypes)',
        { imageTypes: GALLERY_IMAGE_TYPES },
      )
      .select('e.id', 'entryId')
      .addSelect('e.code', 'code')
      .addSelect('e.title', 'title')
      .addSelect('e.summary', 'summary')
      .addSelect('e.teamName', 'teamName')
      .addSelect('e.categoryId', 'categoryId')
      .addSelect('e.fieldKey', 'fieldKey')
      .addSelect('e.commune', 'commune')
      .addSelect('e.district', 'district')
      .addSelect('a.id', 'imageId')
      // Both keys are the listing's own, in the order of its (contestId, optedInAt) index
      // (InnoDB appends the id): MariaDB reads a page off the index instead of sorting.
      .orderBy('g.optedInAt', 'DESC')
      .addOrderBy('g.id', 'DESC')
      .offset(offset)
      .limit(limit)
      .getRawMany<GalleryRow>();
    return { rows, total };
  }

  /** The entry whose shown listing chose this image, or null: only such images are public. */
  async entryShowingImage(attachmentId: string): Promise<string | null> {
    const row = await this.shown()
      .innerJoin(Attachment, 'a', 'a.id = g.imageAttachmentId AND a.entryId = g.entryId')
      .andWhere('g.imageAttachmentId = :attachmentId', { attachmentId })
      .andWhere('a.mediaType IN (:...imageTypes)', { imageTypes: GALLERY_IMAGE_TYPES })
      .select('g.entryId', 'entryId')
      .getRawOne<{ entryId: string }>();
    return row?.entryId ?? null;
  }

  /**
   * Folds the search text again for listings whose entry changed since (its revision moved):
   * the entries lib below does not know the gallery, so the gallery catches up on read.
   * Usually nothing is stale and this is one indexed query.
   */
  async refreshStale(contestId: string): Promise<void> {
    const stale = await this.tx.manager
      .createQueryBuilder(GalleryListing, 'g')
      .innerJoin(Entry, 'e', 'e.id = g.entryId')
      .select('g.id', 'id')
      .addSelect('e.title', 'title')
      .addSelect('e.summary', 'summary')
      .addSelect('e.teamName', 'teamName')
      .addSelect('e.revision', 'revision')
      .where('g.contestId = :contestId', { contestId })
      .andWhere('g.searchedRevision <> e.revision')
      .getRawMany<{
        id: string;
        title: string;
        summary: string | null;
        teamName: string | null;
        revision: number | string;
      }>();
    for (const row of stale)
      await this.tx.run((manager) =>
        manager.update(
          GalleryListing,
          { id: row.id },
          { searchText: gallerySearchText(row), searchedRevision: Number(row.revision) },
        ),
      );
  }

  private shown(): SelectQueryBuilder<GalleryListing> {
    return this.tx.manager
      .createQueryBuilder(GalleryListing, 'g')
      .innerJoin(Entry, 'e', 'e.id = g.entryId')
      .innerJoin(User, 'u', 'u.id = e.ownerId')
      .where('e.status IN (:...statuses)', { statuses: GALLERY_STATUSES })
      .andWhere('u.erasedAt IS NULL');
  }

  private filtered(contestId: string, filters: GalleryFilters): SelectQueryBuilder<GalleryListing> {
    const query = this.shown().andWhere('g.contestId = :contestId', { contestId });
    if (filters.categoryId)
      query.andWhere('e.categoryId = :categoryId', { categoryId: filters.categoryId });
    if (filters.fieldKey) query.andWhere('e.fieldKey = :fieldKey', { fieldKey: filters.fieldKey });
    // A commune comes from the list (the DTO checks it), so it is compared as stored.
    if (filters.commune) query.andWhere('e.commune = :commune', { commune: filters.commune });
    if (filters.district)
      query.andWhere(`e.searchDistrict LIKE :district ESCAPE '${LIKE_ESCAPE}'`, {
        district: containsPattern(foldVietnamese(filters.district)),
      });
    if (filters.q)
      query.andWhere(`g.searchText LIKE :q ESCAPE '${LIKE_ESCAPE}'`, {
        q: containsPattern(foldVietnamese(filters.q)),
      });
    return query;
  }
}
