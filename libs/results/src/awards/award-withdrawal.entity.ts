import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

/** How a withdrawal ended; null while it waits for a second organizer. */
export enum WithdrawalOutcome {
  /** A second organizer confirmed it: the award left its seat. */
  confirmed = 'confirmed',
  /** An organizer cancelled it: the award stands. */
  cancelled = 'cancelled',
  /** The award was replaced by a confirmed change before anyone decided. */
  overtaken = 'overtaken',
}

/** The one value of `slot`: a withdrawal waiting for a second organizer. */
export const WITHDRAWAL_PENDING = 'pending';

/**
 * A proposal to withdraw a confirmed award without giving the prize to another entry (a
 * team found ineligible after the ceremony, a team that renounces its prize), counted
 * only once a second organizer confirms it, as award changes are.
 *
 * A table of its own rather than columns on `awards`: a withdrawal proposed, cancelled and
 * proposed again keeps each proposal with its reason and who decided it, while the award
 * row keeps one meaning (where the prize stands). The unique (awardId, slot) index lets
 * an award have at most one withdrawal waiting, under concurrent requests too: `slot` is
 * 'pending' while it waits and NULL once decided (NULLs are never compared), so decided
 * ones stay for the record.
 */
@Entity('award_withdrawals')
@Index(['contestId'])
@Index('UQ_award_withdrawals_slot', ['awardId', 'slot'], { unique: true })
export class AwardWithdrawal {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  contestId!: string;

  @Column({ type: 'varchar', length: 36 })
  awardId!: string;

  /** 'pending' while waiting; NULL once confirmed or cancelled. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  slot!: typeof WITHDRAWAL_PENDING | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  outcome!: WithdrawalOutcome | null;

  /** Why the prize is taken back: what the team and the record are told. */
  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'varchar', length: 36 })
  proposedBy!: string;

  /** The organizer who confirmed or cancelled it. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'datetime', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
