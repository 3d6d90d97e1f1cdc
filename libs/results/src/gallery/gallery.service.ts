import { Injectable } from '@nestjs/common';
import { Category, Contest, isPublished } from '@app/contests';
import { AttachmentService } from '@app/entries';
import type { AttachmentDownload } from '@app/entries';
import { DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import { GALLERY_PAGE_SIZE, GalleryPageResponse, GalleryQueryDto } from './gallery.dto';
import { toGalleryCard } from './gallery.mapper';
import { GalleryPrizes } from './gallery-prizes';
import { GalleryFilters, GalleryRepository } from './gallery.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Longer than any slug or id: answered "not found" without asking the database. */
const MAX_CONTEST_REF = 100;

/** The public gallery of a contest: its cards, searched and filtered, and their images. */
@Injectable()
export class GalleryService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly repository: GalleryRepository,
    private readonly prizes: GalleryPrizes,
    private readonly attachments: AttachmentService,
  ) {}

  /** `contestRef` is the contest's id or its slug; a draft contest does not exist for the public. */
  async page(contestRef: string, query: GalleryQueryDto): Promise<GalleryPageResponse> {
    const contest = await this.publishedContest(contestRef);
    const categories = await this.tx.manager.find(Category, {
      where: { contestId: contest.id },
      order: { position: 'ASC' },
    });
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? GALLERY_PAGE_SIZE;
    const empty = { contest: contestOf(contest), items: [], total: 0, page, pageSize };
    const filters: GalleryFilters = {
      q: query.q,
      fieldKey: query.field,
      commune: query.commune,
      district: query.district,
    };
    if (query.category) {
      // An unknown category matches nothing, as an unknown field does.
      const category = categories.find((c) => c.key === query.category);
      if (!category) return empty;
      filters.categoryId = category.id;
    }
    if (filters.q) await this.repository.refreshStale(contest.id);
    const { rows, total } = await this.repository.page(
      contest.id,
      filters,
      (page - 1) * pageSize,
      pageSize,
    );
    const prizes = await this.prizes.of(
      contest.id,
      rows.map((row) => row.entryId),
    );
    const context = { categories, fields: contest.fields ?? [], prizes };
    return { ...empty, items: rows.map((row) => toGalleryCard(row, context)), total };
  }

  /**
   * An image chosen for a card that is shown now. Anything else (another attachment of
   * the entry, an entry withdrawn from the gallery, a draft) is "not found".
   */
  async openImage(attachmentId: string): Promise<AttachmentDownload> {
    const entryId = await this.repository.entryShowingImage(attachmentId);
    if (!entryId) throw new DomainError(ErrorCode.NOT_FOUND, 'Not found');
    return this.attachments.openStored(entryId, attachmentId);
  }

  private async publishedContest(ref: string): Promise<Contest> {
    const contest =
      ref.length <= MAX_CONTEST_REF
        ? await this.tx.manager.findOne(Contest, {
            where: UUID.test(ref) ? { id: ref.toLowerCase() } : { slug: ref },
          })
        : null;
    if (!contest || !isPublished(contest.status))
      throw new DomainError(ErrorCode.NOT_FOUND, 'No such contest');
    return contest;
  }
}

function contestOf(contest: Contest) {
  return { id: contest.id, slug: contest.slug, nameVi: contest.nameVi, nameEn: contest.nameEn };
}
