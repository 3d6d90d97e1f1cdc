import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

export const INVESTOR_KINDS = ['fund', 'angel', 'company', 'national_fund'] as const;
export type InvestorKind = (typeof INVESTOR_KINDS)[number];

export const INVESTOR_STATUSES = ['pending', 'approved', 'refused'] as const;
export type InvestorStatus = (typeof INVESTOR_STATUSES)[number];

/**
 * An account's application to meet teams as an investor, and the organizers' decision.
 * Being an investor is this approved profile, not a value of the account's single role:
 * an applicant or a judge who also invests keeps the role their other work needs.
 * One profile per account; editing it sends it back to the organizers.
 */
@Entity('investor_profiles')
export class InvestorProfile {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36, unique: true })
  userId!: string;

  @Column({ type: 'varchar', length: 200 })
  organisation!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: InvestorKind;

  /** The fields the investor looks at ("nông nghiệp công nghệ cao, du lịch"), free text. */
  @Column({ type: 'varchar', length: 500 })
  interests!: string;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status!: InvestorStatus;

  /** The organizer who decided last, and when; null while pending. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'datetime', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
