import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

export enum SessionKind {
  api = 'api',
  web = 'web',
}

/**
 * A signed-in session. API sessions are a family of rotating refresh tokens; web
 * sessions are identified by the hash of the session cookie. Revoking the session ends
 * every token of it, including access tokens (they carry the session id).
 */
@Entity('auth_sessions')
export class AuthSession {
  @UuidPrimaryKey()
  id!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  userId!: string;

  @Column({ type: 'varchar', length: 8 })
  kind!: SessionKind;

  /** For web sessions: SHA-256 of the cookie value. */
  @Column({ type: 'varchar', length: 64, nullable: true, unique: true })
  cookieHash!: string | null;

  @Column({ type: 'datetime' })
  expiresAt!: Date;

  @Column({ type: 'datetime', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  revokeReason!: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
