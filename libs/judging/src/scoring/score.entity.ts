import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

export enum ScoreStatus {
  draft = 'draft',
  submitted = 'submitted',
}

/** Points per criterion key. */
export type CriterionScores = Record<string, number>;

/**
 * A judge's score of one assignment. `version` is checked by a conditional UPDATE
 * (TypeORM's save() would not enforce it): a stale save gets 409 STALE_VERSION.
 */
@Entity('scores')
@Index(['roundId', 'entryId'])
export class Score {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36, unique: true })
  assignmentId!: string;

  @Column({ type: 'varchar', length: 36 })
  roundId!: string;

  @Column({ type: 'varchar', length: 36 })
  entryId!: string;

  @Column({ type: 'varchar', length: 36 })
  judgeUserId!: string;

  @Column({ type: 'simple-json' })
  values!: CriterionScores;

  /** Shown to the team if the contest allows it. */
  @Column({ type: 'text', nullable: true })
  commentForTeam!: string | null;

  /** Seen by organizers only. */
  @Column({ type: 'text', nullable: true })
  noteForOrganizers!: string | null;

  @Column({ type: 'varchar', length: 16, default: ScoreStatus.draft })
  status!: ScoreStatus;

  @Column({ type: 'datetime', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'int', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
