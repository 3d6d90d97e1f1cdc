import { Injectable, OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { TransactionRunner } from '@app/platform';
import { AnnouncedOutcome } from '../announcement/announced-outcome.entity';
import { Announcement } from '../announcement/announcement.entity';
import { prizeIdsOfKey } from '../announcement/participant-outcome';
import { Prize } from '@app/contests';
import { GalleryPrizes } from '../gallery/gallery-prizes';
import type { GalleryPrize } from '../gallery/gallery-prizes';

/**
 * The gallery's cards name the prizes of the latest announcement version, as the public
 * results page does: an award confirmed but not yet announced stays off the public cards,
 * and a correction shows once it is announced.
 */
@Injectable()
export class AnnouncedGalleryPrizes implements OnModuleInit {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly gallery: GalleryPrizes,
  ) {}

  onModuleInit(): void {
    this.gallery.provide((contestId, entryIds) => this.prizesOf(contestId, entryIds));
  }

  async prizesOf(
    contestId: string,
    entryIds: readonly string[],
  ): Promise<ReadonlyMap<string, GalleryPrize[]>> {
    const manager = this.tx.manager;
    const latest = await manager.findOne(Announcement, {
      where: { contestId },
      order: { version: 'DESC' },
    });
    if (!latest) return new Map();
    const outcomes = await manager.find(AnnouncedOutcome, {
      where: { announcementId: latest.id, entryId: In([...entryIds]), kind: 'prize' },
    });
    const prizeIds = [...new Set(outcomes.flatMap((o) => prizeIdsOfKey(o.outcomeKey)))];
    if (prizeIds.length === 0) return new Map();
    const prizes = new Map(
      (await manager.find(Prize, { where: { id: In(prizeIds) } })).map((p) => [p.id, p]),
    );
    return new Map(
      outcomes.map((o) => [
        o.entryId,
        prizeIdsOfKey(o.outcomeKey).flatMap((id) => {
          const prize = prizes.get(id);
          return prize ? [{ nameVi: prize.nameVi, nameEn: prize.nameEn }] : [];
        }),
      ]),
    );
  }
}
