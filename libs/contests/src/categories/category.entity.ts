import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';
import type { EligibilityRules } from '../eligibility/eligibility-rules';

/** A category (bảng) of a contest, e.g. "Ý tưởng" or "Dự án", with its own rules. */
@Entity('contest_categories')
@Index(['contestId', 'key'], { unique: true })
export class Category {
  @UuidPrimaryKey()
  id!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  contestId!: string;

  @Column({ type: 'varchar', length: 40 })
  key!: string;

  @Column({ type: 'varchar', length: 120 })
  nameVi!: string;

  @Column({ type: 'varchar', length: 120 })
  nameEn!: string;

  @Column({ type: 'text', nullable: true })
  descriptionVi!: string | null;

  @Column({ type: 'text', nullable: true })
  descriptionEn!: string | null;

  /** Overrides of the contest's eligibility for this category. */
  @Column({ type: 'simple-json', nullable: true })
  eligibility!: EligibilityRules | null;

  @Column({ type: 'int', default: 0 })
  position!: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
