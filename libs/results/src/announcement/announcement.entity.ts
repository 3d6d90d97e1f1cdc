import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

/**
 * One version of a contest's results as announced: version 1 is the announcement, each
 * later one a correction. The unique (contestId, version) is what makes two organizers
 * announcing at once write one version: the second insert fails and its transaction,
 * outbox rows included, rolls back.
 */
@Entity('result_announcements')
@Index('UQ_result_announcements_version', ['contestId', 'version'], { unique: true })
export class Announcement {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  contestId!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'varchar', length: 36 })
  announcedBy!: string;

  /** Entries whose outcome this version tells (every entry for version 1, the changed ones after). */
  @Column({ type: 'int' })
  changedEntries!: number;

  /** Outbox rows written for this version. */
  @Column({ type: 'int' })
  mails!: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
