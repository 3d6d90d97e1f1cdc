import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

/**
 * A contest's setting per round: whether teams see the judges' comments and scores of the
 * round (anonymised) once it is decided. No row means off, the default.
 */
@Entity('round_feedback_releases')
export class FeedbackRelease {
  @UuidPrimaryKey()
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 36 })
  roundId!: string;

  @Column({ type: 'varchar', length: 36 })
  contestId!: string;

  @Column({ type: 'boolean', default: false })
  released!: boolean;

  @Column({ type: 'varchar', length: 36 })
  updatedBy!: string;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
