import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

export enum AssignmentStatus {
  assigned = 'assigned',
  /** A score was saved as draft. */
  inProgress = 'in_progress',
  /** The score was submitted. */
  scored = 'scored',
  /** Freed because the judge declared a conflict; kept for the record. */
  released = 'released',
}

export enum AssignmentSource {
  auto = 'auto',
  manual = 'manual',
}

/** A judge's task: one entry to review in one round. */
@Entity('assignments')
@Index(['roundId', 'entryId', 'judgeUserId'], { unique: true })
@Index(['judgeUserId', 'status'])
export class Assignment {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  roundId!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  entryId!: string;

  @Column({ type: 'varchar', length: 36 })
  judgeUserId!: string;

  @Column({ type: 'varchar', length: 16, default: AssignmentStatus.assigned })
  status!: AssignmentStatus;

  @Column({ type: 'varchar', length: 8, default: AssignmentSource.auto })
  source!: AssignmentSource;

  @Column({ type: 'datetime', nullable: true })
  dueAt!: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
