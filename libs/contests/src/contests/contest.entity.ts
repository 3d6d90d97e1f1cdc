import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform/database/uuid-primary-key';

export enum ContestKind {
  startup = 'startup_competition',
  studentIdea = 'student_idea_contest',
  youthIdea = 'youth_idea_contest',
}

export enum ContestStatus {
  draft = 'draft',
  open = 'open',
  closed = 'closed',
  judging = 'judging',
  announced = 'announced',
}

/** A contest of an edition. Windows are stored in UTC and shown in Asia/Ho_Chi_Minh. */
@Entity('contests')
export class Contest {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  nameVi!: string;

  @Column({ type: 'varchar', length: 200 })
  nameEn!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: ContestKind;

  @Column({ type: 'text' })
  descriptionVi!: string;

  @Column({ type: 'text' })
  descriptionEn!: string;

  @Column({ type: 'varchar', length: 16, default: ContestStatus.draft })
  status!: ContestStatus;

  @Column({ type: 'datetime', nullable: true })
  registrationOpensAt!: Date | null;

  @Column({ type: 'datetime', nullable: true })
  submissionDeadline!: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
