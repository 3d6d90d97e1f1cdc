import { Injectable } from '@nestjs/common';

/** A prize as a gallery card names it. */
export interface GalleryPrize {
  nameVi: string;
  nameEn: string;
}

/** The prizes of these entries of a contest, by entry id (entries without one left out). */
export type GalleryPrizeSource = (
  contestId: string,
  entryIds: readonly string[],
) => Promise<ReadonlyMap<string, GalleryPrize[]>>;

/**
 * The port through which awards tell the gallery which prize each entry won. The gallery
 * does not know how awards are kept: the awards feature provides its source at start-up
 * (`provide`), and until one is there every card simply has no prize.
 */
@Injectable()
export class GalleryPrizes {
  private source: GalleryPrizeSource | undefined;

  provide(source: GalleryPrizeSource): void {
    if (this.source) throw new Error('GalleryPrizes already has a source');
    this.source = source;
  }

  async of(
    contestId: string,
    entryIds: readonly string[],
  ): Promise<ReadonlyMap<string, GalleryPrize[]>> {
    if (!this.source || entryIds.length === 0) return new Map();
    return this.source(contestId, entryIds);
  }
}
