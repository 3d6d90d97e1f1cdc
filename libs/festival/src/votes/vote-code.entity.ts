import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

/**
 * A one-time code printed on a guest's badge, for voting without an account. Only its
 * SHA-256 is stored: the codes are random (60 bits), so the hash cannot be reversed, and a
 * copy of the database does not hand out votes.
 */
@Entity('festival_vote_codes')
export class VoteCode {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  festivalId!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  codeHash!: string;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
