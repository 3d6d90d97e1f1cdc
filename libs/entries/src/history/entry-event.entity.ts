import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

/** What happened to an entry, for its history ("My entries") and the organizers. */
@Entity('entry_events')
export class EntryEvent {
  @UuidPrimaryKey()
  id!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  entryId!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  actorId!: string | null;

  /** created, updated, submitted, withdrawn, screened_eligible, screened_ineligible, ... */
  @Column({ type: 'varchar', length: 40 })
  type!: string;

  @Column({ type: 'simple-json', nullable: true })
  data!: Record<string, string | number | boolean | null> | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
