import { Column, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';
import type { OutcomeKind } from './participant-outcome';

/**
 * The outcome of every entry as one announcement version stated it: the full picture per
 * version, so a correction compares what it computes now with the latest version and
 * mails only the teams whose outcome changed.
 */
@Entity('result_outcomes')
@Index('UQ_result_outcomes_entry', ['announcementId', 'entryId'], { unique: true })
@Index(['contestId', 'version'])
export class AnnouncedOutcome {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  announcementId!: string;

  @Column({ type: 'varchar', length: 36 })
  contestId!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'varchar', length: 36 })
  entryId!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: OutcomeKind;

  /** outcomeKey(): the kind with its round or prizes, what versions are compared by. */
  @Column({ type: 'varchar', length: 191 })
  outcomeKey!: string;
}
