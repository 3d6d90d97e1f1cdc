import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService, Role } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { Contest } from '@app/contests';
import { Attachment, Entry, MemberConfirmation, TeamMember } from '@app/entries';
import { DomainError, ErrorCode, toVietnamIsoOrNull, TransactionRunner } from '@app/platform';
import type { GalleryStateResponse, OptInGalleryDto } from './gallery.dto';
import { GalleryListing } from './gallery-listing.entity';
import { galleryPagePath } from './gallery.mapper';
import { GALLERY_IMAGE_TYPES, gallerySearchText, mayShowInGallery } from './gallery-rules';

/** How the caller stands to the entry: its leader decides, members and organizers look. */
type Standing = 'leader' | 'member' | 'organizer';

const READS_ANY_ENTRY: ReadonlySet<Role> = new Set([Role.organizer, Role.admin]);

/**
 * A team's choice to show its entry in the contest's public gallery. The leader (the
 * entry's owner) opts in, changes the image or withdraws; confirmed members and organizers
 * see the state; anyone else is refused (403). Each change is in the audit log.
 */
@Injectable()
export class GalleryOptInService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async state(principal: Principal, entryId: string): Promise<GalleryStateResponse> {
    const manager = this.tx.manager;
    const { entry, standing } = await this.access(manager, principal, entryId, false);
    return this.stateOf(manager, entry, standing);
  }

  /** Opts in, or changes the image of a listing already there (keeping its time). */
  async optIn(
    principal: Principal,
    entryId: string,
    dto: OptInGalleryDto,
  ): Promise<GalleryStateResponse> {
    return this.tx.run(async (manager) => {
      const entry = await this.leaderOnly(manager, principal, entryId);
      if (!mayShowInGallery(entry.status))
        throw new DomainError(
          ErrorCode.GALLERY_UNAVAILABLE,
          'Only a submitted entry (not a draft, withdrawn or ineligible) can be in the gallery',
        );
      const imageId = dto.imageId ?? null;
      if (imageId !== null) await this.assertImageOf(manager, entry, imageId);
      const listing = await manager.findOneBy(GalleryListing, { entryId: entry.id });
      if (listing) {
        await manager.update(GalleryListing, { id: listing.id }, { imageAttachmentId: imageId });
      } else {
        await manager.insert(GalleryListing, {
          entryId: entry.id,
          contestId: entry.contestId,
          imageAttachmentId: imageId,
          searchText: gallerySearchText(entry),
          searchedRevision: entry.revision,
          optedInBy: principal.userId,
          optedInAt: new Date(),
        });
      }
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: listing ? 'gallery.image_changed' : 'gallery.opted_in',
        subjectType: 'entry',
        subjectId: entry.id,
        data: { imageId },
      });
      return this.stateOf(manager, entry, 'leader');
    });
  }

  /** Takes the entry out of the gallery at once; withdrawing what is not listed changes nothing. */
  async withdraw(principal: Principal, entryId: string): Promise<void> {
    await this.tx.run(async (manager) => {
      const entry = await this.leaderOnly(manager, principal, entryId);
      const removed = await manager.delete(GalleryListing, { entryId: entry.id });
      if (!removed.affected) return;
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'gallery.withdrawn',
        subjectType: 'entry',
        subjectId: entry.id,
      });
    });
  }

  private async leaderOnly(
    manager: EntityManager,
    principal: Principal,
    entryId: string,
  ): Promise<Entry> {
    const { entry, standing } = await this.access(manager, principal, entryId, true);
    if (standing !== 'leader')
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        "Only the team's leader decides about the gallery",
      );
    return entry;
  }

  /** The entry and the caller's standing; a caller with none is refused. */
  private async access(
    manager: EntityManager,
    principal: Principal,
    entryId: string,
    lock: boolean,
  ): Promise<{ entry: Entry; standing: Standing }> {
    const entry = await manager.findOne(Entry, {
      where: { id: entryId },
      // Serialises two opt-ins of one entry (the listing's entry is unique); SQLite
      // transactions are serialised by the runner already.
      lock: lock && !this.tx.isSqlite ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!entry) throw new DomainError(ErrorCode.NOT_FOUND, 'Entry not found');
    if (entry.ownerId === principal.userId) return { entry, standing: 'leader' };
    const member = await manager
      .createQueryBuilder(TeamMember, 'm')
      .where('m.entryId = :entryId', { entryId })
      .andWhere('m.confirmation = :confirmed', { confirmed: MemberConfirmation.confirmed })
      .andWhere('(m.userId = :userId OR m.email = :email)', {
        userId: principal.userId,
        email: principal.email.toLowerCase(),
      })
      .getExists();
    if (member) return { entry, standing: 'member' };
    if (READS_ANY_ENTRY.has(principal.role)) return { entry, standing: 'organizer' };
    throw new DomainError(ErrorCode.FORBIDDEN, 'Only the team sees its place in the gallery');
  }

  /** An image of this very entry, checked by its content at upload; anything else is a field error. */
  private async assertImageOf(manager: EntityManager, entry: Entry, imageId: string) {
    const image = await manager.findOneBy(Attachment, { id: imageId, entryId: entry.id });
    if (image && GALLERY_IMAGE_TYPES.includes(image.mediaType)) return;
    throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Validation failed', [
      {
        field: 'imageId',
        code: 'notChoice',
        messages: ['imageId must be an image (PNG, JPEG or WebP) attached to this entry'],
      },
    ]);
  }

  private async stateOf(
    manager: EntityManager,
    entry: Entry,
    standing: Standing,
  ): Promise<GalleryStateResponse> {
    const [listing, contest, files] = await Promise.all([
      manager.findOneBy(GalleryListing, { entryId: entry.id }),
      manager.findOneByOrFail(Contest, { id: entry.contestId }),
      standing === 'leader'
        ? manager.find(Attachment, { where: { entryId: entry.id }, order: { createdAt: 'ASC' } })
        : Promise.resolve([]),
    ]);
    const available = mayShowInGallery(entry.status);
    return {
      entryId: entry.id,
      code: entry.code,
      title: entry.title,
      listed: listing !== null,
      shown: listing !== null && available,
      available,
      optedInAt: toVietnamIsoOrNull(listing?.optedInAt),
      imageId: listing?.imageAttachmentId ?? null,
      canManage: standing === 'leader',
      images: files
        .filter((file) => GALLERY_IMAGE_TYPES.includes(file.mediaType))
        .map((file) => ({ id: file.id, name: file.originalName, mediaType: file.mediaType })),
      galleryPath: galleryPagePath(contest.slug),
    };
  }
}
