import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';
import type { EligibilityRules } from '../eligibility/eligibility-rules';

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

/** A field of activity (lĩnh vực) an entry belongs to. */
export interface ContestField {
  key: string;
  labelVi: string;
  labelEn: string;
}

/** A contest of an edition. Windows are stored in UTC and shown in Asia/Ho_Chi_Minh. */
@Entity('contests')
export class Contest {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  slug!: string;

  /** Prefix of the entries' public codes, e.g. QNG5 -> QNG5-0042. */
  @Column({ type: 'varchar', length: 12, unique: true })
  codePrefix!: string;

  /** The last entry number handed out; incremented under a row lock. */
  @Column({ type: 'int', default: 0 })
  lastEntryNumber!: number;

  @Column({ type: 'varchar', length: 200 })
  nameVi!: string;

  @Column({ type: 'varchar', length: 200 })
  nameEn!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: ContestKind;

  /** Markdown. */
  @Column({ type: 'text' })
  descriptionVi!: string;

  @Column({ type: 'text' })
  descriptionEn!: string;

  /** The rules (thể lệ), Markdown. */
  @Column({ type: 'text', nullable: true })
  rulesVi!: string | null;

  @Column({ type: 'text', nullable: true })
  rulesEn!: string | null;

  @Column({ type: 'varchar', length: 16, default: ContestStatus.draft })
  status!: ContestStatus;

  @Column({ type: 'datetime', nullable: true })
  registrationOpensAt!: Date | null;

  @Column({ type: 'datetime', nullable: true })
  submissionDeadline!: Date | null;

  /** Minutes after the deadline during which a submission is still accepted. */
  @Column({ type: 'int', default: 0 })
  graceMinutes!: number;

  @Column({ type: 'boolean', default: false })
  blindJudging!: boolean;

  /** Judges' comments for the team are sent with the round results. */
  @Column({ type: 'boolean', default: false })
  shareJudgeComments!: boolean;

  @Column({ type: 'simple-json', nullable: true })
  eligibility!: EligibilityRules | null;

  @Column({ type: 'simple-json', nullable: true })
  fields!: ContestField[] | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
