import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

export enum MemberRole {
  leader = 'leader',
  member = 'member',
}

/**
 * Whether a listed person has said they are on the team. The leader (the account holder)
 * is confirmed by listing the team; anyone else answers the mailed link. Only confirmed
 * members take part in the contest (one entry per person, who may not judge it).
 */
export enum MemberConfirmation {
  pending = 'pending',
  confirmed = 'confirmed',
  declined = 'declined',
}

/** A person on an entry's team. The leader is the account holder. */
@Entity('entry_members')
@Index(['contestId', 'email'])
export class TeamMember {
  @UuidPrimaryKey()
  id!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  entryId!: string;

  /** Copied from the entry so "one entry per person in a contest" is one indexed query. */
  @Column({ type: 'varchar', length: 36 })
  contestId!: string;

  @Column({ type: 'varchar', length: 120 })
  fullName!: string;

  /** Lower-cased. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  /** Name and e-mail folded for the organizers' search, kept by `memberSearchText`. */
  @Column({ type: 'varchar', length: 400, default: '' })
  searchText!: string;

  @Column({ type: 'date', nullable: true })
  dateOfBirth!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  gender!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  organization!: string | null;

  @Column({ type: 'varchar', length: 16, default: MemberRole.member })
  role!: MemberRole;

  /** Set for the leader (the account holder). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  userId!: string | null;

  @Column({ type: 'int', default: 0 })
  position!: number;

  /** Rows that existed before confirmation was asked for were migrated as confirmed. */
  @Column({ type: 'varchar', length: 16, default: MemberConfirmation.pending })
  confirmation!: MemberConfirmation;

  /** When the person confirmed or declined (for the leader: when the team was listed). */
  @Column({ type: 'datetime', nullable: true })
  respondedAt!: Date | null;

  /**
   * SHA-256 of the secret in the last mailed confirmation link; cleared when it is used,
   * so a link answers once. Null: no usable link (answered, or not mailed yet).
   */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  invitationTokenHash!: string | null;

  /** When that link was mailed; it expires MEMBER_INVITATION_TTL_MS later. */
  @Column({ type: 'datetime', nullable: true })
  invitedAt!: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
