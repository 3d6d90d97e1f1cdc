import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { PersonalDataRegistry } from '@app/accounts';
import type { DataSubject, Erasure, PersonalDataContributor, TableCoverage } from '@app/accounts';
import { Entry } from '@app/entries';
import { toVietnamIsoOrNull } from '@app/platform';
import { GalleryListing } from './gallery-listing.entity';

/**
 * The gallery in a person's data rights. Export: the listings of the entries they lead.
 * Erasure: those listings go, so an erased leader's entry leaves the public gallery (the
 * public read also skips entries of erased accounts, should a listing ever remain).
 */
@Injectable()
export class GalleryPersonalData implements PersonalDataContributor, OnModuleInit {
  readonly section = 'gallery';
  readonly tables: TableCoverage[] = [
    {
      table: 'gallery_listings',
      personal: {
        optedInBy: "deleted with the listing: an erased leader's entry leaves the gallery",
        searchText:
          "the entry's title, summary and team name folded for search: deleted with the listing",
      },
    },
  ];

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async exportData(manager: EntityManager, subject: DataSubject) {
    const listings = await this.listingsLedBy(manager, subject.userId);
    if (listings.length === 0) return [];
    const entries = await manager.find(Entry, {
      select: { id: true, code: true },
      where: { id: In(listings.map((l) => l.entryId)) },
    });
    const code = new Map(entries.map((e) => [e.id, e.code]));
    return listings.map((listing) => ({
      entryCode: code.get(listing.entryId) ?? null,
      imageId: listing.imageAttachmentId,
      optedInAt: toVietnamIsoOrNull(listing.optedInAt),
    }));
  }

  async erase(manager: EntityManager, erasure: Erasure): Promise<void> {
    const listings = await this.listingsLedBy(manager, erasure.userId);
    if (listings.length > 0)
      await manager.delete(GalleryListing, { id: In(listings.map((l) => l.id)) });
  }

  /** Listings of entries the person owns, and any they opted in themselves. */
  private listingsLedBy(manager: EntityManager, userId: string): Promise<GalleryListing[]> {
    return manager
      .createQueryBuilder(GalleryListing, 'g')
      .leftJoin(Entry, 'e', 'e.id = g.entryId')
      .where('e.ownerId = :userId OR g.optedInBy = :userId', { userId })
      .orderBy('g.optedInAt', 'ASC')
      .getMany();
  }
}
