import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform/database/uuid-primary-key';

export enum MemberRole {
  leader = 'leader',
  member = 'member',
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

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
