import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

/** What a conflict is about: one entry, or anything of a person, a school or organisation, or an e-mail domain. */
export enum ConflictSubject {
  entry = 'entry',
  person = 'person',
  organization = 'organization',
  emailDomain = 'email_domain',
}

export enum ConflictSource {
  /** Declared by the judge (on an assigned entry, or in advance). */
  declared = 'declared',
  /** Recorded by organizers: pinned, the judge cannot undo it. */
  recorded = 'recorded',
}

/**
 * Whether a stored conflict counts. A judge's declaration in a blind contest, made while
 * they judge entries of it, waits for an organizer's review: applied at once it would tell
 * the judge, by what left their queue, whether the person, school or domain belongs to a
 * team they judge (see `declaration-policy.ts`).
 */
export enum ConflictStatus {
  effective = 'effective',
  pending = 'pending',
  rejected = 'rejected',
}

/**
 * A conflict of interest as data. Automatic detection (same organisation or e-mail domain
 * as a team member) is computed, not stored, so a team change re-evaluates it at once.
 */
@Entity('conflicts_of_interest')
@Index(['contestId', 'judgeUserId'])
export class ConflictOfInterest {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  contestId!: string;

  @Column({ type: 'varchar', length: 36 })
  judgeUserId!: string;

  @Column({ type: 'varchar', length: 16 })
  subject!: ConflictSubject;

  /** The entry id, the person's e-mail, the organisation's name or the domain (lower-cased). */
  @Column({ type: 'varchar', length: 254 })
  value!: string;

  @Column({ type: 'varchar', length: 16 })
  source!: ConflictSource;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  /** Only `effective` rows enter the conflict matrix. */
  @Column({ type: 'varchar', length: 16, default: ConflictStatus.effective })
  status!: ConflictStatus;

  /** The organizer who accepted or rejected a pending declaration, and when. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  reviewedBy!: string | null;

  @Column({ type: 'datetime', nullable: true })
  reviewedAt!: Date | null;

  @Column({ type: 'varchar', length: 36 })
  createdBy!: string;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
