import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

/** One refresh token of a session's rotating family; only its SHA-256 is stored. */
@Entity('refresh_tokens')
export class RefreshToken {
  @UuidPrimaryKey()
  id!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  sessionId!: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  tokenHash!: string;

  @Column({ type: 'datetime' })
  expiresAt!: Date;

  /** Set when this token was exchanged for the next one; a second use is reuse. */
  @Column({ type: 'datetime', nullable: true })
  rotatedAt!: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
