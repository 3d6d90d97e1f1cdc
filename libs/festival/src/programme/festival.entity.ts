import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

/**
 * The festival day of a contest edition (Ngày hội khởi nghiệp): one per contest. Its
 * sessions' times are wall-clock times on `date` in Vietnam, so moving the day moves
 * the whole programme with it.
 */
@Entity('festivals')
export class Festival {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36, unique: true })
  contestId!: string;

  /** The day, `2026-12-20`, in Asia/Ho_Chi_Minh. */
  @Column({ type: 'varchar', length: 10 })
  date!: string;

  @Column({ type: 'varchar', length: 300 })
  venue!: string;

  @Column({ type: 'varchar', length: 200 })
  nameVi!: string;

  @Column({ type: 'varchar', length: 200 })
  nameEn!: string;

  @Column({ type: 'text', nullable: true })
  descriptionVi!: string | null;

  @Column({ type: 'text', nullable: true })
  descriptionEn!: string | null;

  /** Null while organizers prepare it: only they see the programme until it is published. */
  @Column({ type: 'datetime', nullable: true })
  publishedAt!: Date | null;

  /**
   * Raised whenever the day's date or venue changes: each change's mails are keyed by it,
   * so a change is mailed once however often its transaction is retried.
   */
  @Column({ type: 'int', default: 0 })
  sequence!: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
