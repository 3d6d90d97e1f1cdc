import { Column, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

/**
 * A team's entry shown in its contest's public gallery, with the image the team chose.
 * A row exists only while the team wants to be shown: withdrawing deletes it, so nothing
 * of a withdrawn listing lingers. Whether the entry may be shown at all (its status, its
 * owner's account) is checked on every read, never copied here.
 */
@Entity('gallery_listings')
@Index(['contestId', 'optedInAt'])
export class GalleryListing {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36, unique: true })
  entryId!: string;

  /** Copied from the entry, so a contest's gallery is one indexed range. */
  @Column({ type: 'varchar', length: 36 })
  contestId!: string;

  /** An image attachment of the entry, or null for a card without a picture. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  imageAttachmentId!: string | null;

  /**
   * Title, summary and team name folded for the gallery search (see `gallerySearchText`):
   * the entries' own search text has no summary. Refolded whenever the entry's revision
   * moves past `searchedRevision`.
   */
  @Column({ type: 'text' })
  searchText!: string;

  @Column({ type: 'int' })
  searchedRevision!: number;

  /** The team leader's account that opted in (an erasure removes the listing). */
  @Column({ type: 'varchar', length: 36 })
  optedInBy!: string;

  @Column({ type: 'datetime' })
  optedInAt!: Date;
}
