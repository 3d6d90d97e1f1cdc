import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

/** Where an award stands while it is live; a superseded or withdrawn one has none (NULL). */
export enum AwardSlot {
  /** A change from the proposal waiting for a second organizer: not in effect. */
  pending = 'pending',
  confirmed = 'confirmed',
}

/**
 * A prize given to an entry. Confirming the platform's proposal writes confirmed awards at
 * once; a change from the proposal (another entry, a special prize) is written pending with
 * its reason and counts only once a second organizer confirms it, as advancement
 * overrides do.
 *
 * Two unique indexes make the database itself keep the rules under concurrent requests:
 * (prizeId, seat): a confirmed award occupies one seat 1..quantity of its prize, so two
 * organizers confirming at once cannot give more than the prize's number;
 * (prizeId, entryId, slot): an entry holds a prize at most once, with at most one pending
 * change for it. A superseded row leaves both (NULLs are never compared) and stays for
 * the record.
 */
@Entity('awards')
@Index(['contestId'])
@Index(['entryId'])
@Index('UQ_awards_seat', ['prizeId', 'seat'], { unique: true })
@Index('UQ_awards_slot', ['prizeId', 'entryId', 'slot'], { unique: true })
export class Award {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  contestId!: string;

  @Column({ type: 'varchar', length: 36 })
  prizeId!: string;

  @Column({ type: 'varchar', length: 36 })
  entryId!: string;

  /** `pending` or `confirmed` while live; NULL once superseded or withdrawn. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  slot!: AwardSlot | null;

  /** 1..quantity of the prize while confirmed; NULL otherwise. */
  @Column({ type: 'int', nullable: true })
  seat!: number | null;

  /** Confirmed as the platform proposed it (no reason, no second organizer needed). */
  @Column({ type: 'boolean', default: false })
  fromProposal!: boolean;

  /** Why the organizers departed from the proposal; null for a confirmed proposal. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** The confirmed award this change takes the place of, when it replaces one. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  replacesAwardId!: string | null;

  @Column({ type: 'varchar', length: 36 })
  proposedBy!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  confirmedBy!: string | null;

  @Column({ type: 'datetime', nullable: true })
  confirmedAt!: Date | null;

  /** The award that took this one's place (or its own id when withdrawn), and when. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  supersededBy!: string | null;

  @Column({ type: 'datetime', nullable: true })
  supersededAt!: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
