import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

export enum TokenPurpose {
  verifyEmail = 'verify_email',
  resetPassword = 'reset_password',
  /** A judge invited without an account chooses a first password. */
  setPassword = 'set_password',
}

/** A mailed single-use token. Only its SHA-256 is stored. */
@Entity('user_tokens')
export class UserToken {
  @UuidPrimaryKey()
  id!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  userId!: string;

  @Column({ type: 'varchar', length: 32 })
  purpose!: TokenPurpose;

  @Column({ type: 'varchar', length: 64, unique: true })
  tokenHash!: string;

  @Column({ type: 'datetime' })
  expiresAt!: Date;

  @Column({ type: 'datetime', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
