import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

export enum JudgeStatus {
  invited = 'invited',
  accepted = 'accepted',
  declined = 'declined',
}

/** A judge of one contest: invited by organizers, with the categories and fields they judge. */
@Entity('contest_judges')
@Index(['contestId', 'userId'], { unique: true })
export class ContestJudge {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  contestId!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  userId!: string;

  @Column({ type: 'varchar', length: 16, default: JudgeStatus.invited })
  status!: JudgeStatus;

  /** Category keys this judge prefers (empty: any). */
  @Column({ type: 'simple-json', nullable: true })
  categoryKeys!: string[] | null;

  /** Field keys this judge prefers (empty: any). */
  @Column({ type: 'simple-json', nullable: true })
  fieldKeys!: string[] | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  invitedBy!: string | null;

  @Column({ type: 'datetime', nullable: true })
  respondedAt!: Date | null;

  /** The judge agreed to be named (name and title) on the public results page; off until they say so. */
  @Column({ type: 'boolean', default: false })
  showNameOnResults!: boolean;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
