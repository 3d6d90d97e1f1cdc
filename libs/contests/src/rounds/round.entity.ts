import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn, VersionColumn } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';
import type { AdvancementRule, RoundVisibility } from './round-policy';

export enum RoundMode {
  online = 'online',
  live = 'live',
}

/** One criterion of a round's rubric. */
export interface Criterion {
  key: string;
  labelVi: string;
  labelEn: string;
  guidanceVi?: string | null;
  guidanceEn?: string | null;
  /** Weight in the weighted mean (e.g. 1). */
  weight: number;
  /** Scores go from 0 to this value. */
  maxScore: number;
}

/** A judging round: 1 screening (sơ khảo), 2 semi-final (bán kết), 3 final (chung kết) ... */
@Entity('contest_rounds')
@Index(['contestId', 'position'], { unique: true })
export class Round {
  @UuidPrimaryKey()
  id!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  contestId!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 120 })
  nameVi!: string;

  @Column({ type: 'varchar', length: 120 })
  nameEn!: string;

  @Column({ type: 'varchar', length: 8, default: RoundMode.online })
  mode!: RoundMode;

  @Column({ type: 'int', default: 3 })
  reviewsPerEntry!: number;

  /** The most entries one judge reviews in this round (kept, automatic and by hand); none when null. */
  @Column({ type: 'int', nullable: true })
  maxLoadPerJudge!: number | null;

  @Column({ type: 'datetime', nullable: true })
  judgingOpensAt!: Date | null;

  @Column({ type: 'datetime', nullable: true })
  judgingClosesAt!: Date | null;

  @Column({ type: 'simple-json' })
  criteria!: Criterion[];

  /** Set when the first score of the round is recorded: the rubric cannot change after that. */
  @Column({ type: 'datetime', nullable: true })
  rubricLockedAt!: Date | null;

  @Column({ type: 'simple-json', nullable: true })
  advancementRule!: AdvancementRule | null;

  @Column({ type: 'simple-json', nullable: true })
  visibility!: RoundVisibility | null;

  /** When the advancement decision of this round was made (then it is final). */
  @Column({ type: 'datetime', nullable: true })
  decidedAt!: Date | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
