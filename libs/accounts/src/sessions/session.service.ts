import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import {
  AppConfig,
  DomainError,
  entityOf,
  ErrorCode,
  selectListOf,
  tableOf,
  toLocale,
  TransactionRunner,
} from '@app/platform';
import type { Principal } from '../auth/principal';
import { AuthRateLimiter } from '../throttling/auth-rate-limiter';
import { hashToken, newSecretToken } from '../tokens/secret-token';
import { User } from '../users/user.entity';
import { AccessTokenService } from './access-token.service';
import { AuthSession, SessionKind } from './auth-session.entity';
import { RefreshToken } from './refresh-token.entity';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
}

export type RevokeReason =
  | 'logout'
  | 'password_changed'
  | 'password_reset'
  | 'role_changed'
  | 'refresh_reuse'
  | 'account_erased';

const WEB_SESSION_TTL_MS = 14 * 24 * 3600 * 1000;

export function toPrincipal(user: User, session: AuthSession): Principal {
  return {
    userId: user.id,
    sessionId: session.id,
    role: user.role,
    email: user.email,
    fullName: user.fullName,
    locale: toLocale(user.locale),
    emailVerified: user.emailVerifiedAt !== null,
    organization: user.organization,
    via: session.kind === SessionKind.web ? 'cookie' : 'bearer',
  };
}

/**
 * Signed-in sessions: API sessions with a rotating refresh-token family, and web sessions
 * behind an opaque cookie. Revoking a session ends all of its tokens at once.
 */
@Injectable()
export class SessionService {
  /** The SQL of a session-and-user read, by the columns it filters on. */
  private readonly sessionStatements = new Map<string, string>();

  constructor(
    @InjectRepository(AuthSession) private readonly sessions: Repository<AuthSession>,
    private readonly tx: TransactionRunner,
    private readonly accessTokens: AccessTokenService,
    private readonly config: AppConfig,
    private readonly limiter: AuthRateLimiter,
  ) {}

  async startApiSession(user: User): Promise<TokenPair> {
    const refreshToken = newSecretToken();
    const session = await this.tx.run(async (manager) => {
      const session = manager.create(AuthSession, {
        userId: user.id,
        kind: SessionKind.api,
        cookieHash: null,
        expiresAt: this.refreshExpiry(),
        revokedAt: null,
        revokeReason: null,
      });
      await manager.insert(AuthSession, session);
      await this.insertRefreshToken(manager, session.id, refreshToken);
      return session;
    });
    return this.pair(user.id, session.id, refreshToken);
  }

  /**
   * Exchanges a refresh token for a new pair. A token that was already exchanged is a
   * sign of theft: the whole family (session) is revoked. Refreshes are counted per
   * session (the token family), not per address: a class behind one address refreshes
   * its own sessions independently.
   */
  async refresh(refreshToken: unknown): Promise<TokenPair> {
    if (typeof refreshToken !== 'string' || refreshToken.length < 20 || refreshToken.length > 200)
      throw unauthenticated();
    const family = await this.tx.manager.findOne(RefreshToken, {
      where: { tokenHash: hashToken(refreshToken) },
      select: { id: true, sessionId: true },
    });
    if (family) await this.limiter.refresh(family.sessionId);
    const now = new Date();
    const outcome = await this.tx.run(async (manager) => {
      const row = await manager.findOne(RefreshToken, {
        where: { tokenHash: hashToken(refreshToken) },
      });
      if (!row) return { error: unauthenticated() };
      const session = await manager.findOne(AuthSession, { where: { id: row.sessionId } });
      if (!session || session.revokedAt || session.expiresAt <= now || row.expiresAt <= now)
        return { error: unauthenticated() };
      const claimed = row.rotatedAt
        ? 0
        : (
            await manager.update(
              RefreshToken,
              { id: row.id, rotatedAt: IsNull() },
              { rotatedAt: now },
            )
          ).affected;
      if (claimed !== 1) {
        await this.revokeWith(manager, { id: session.id }, 'refresh_reuse', now);
        return {
          error: new DomainError(
            ErrorCode.UNAUTHENTICATED,
            'This refresh token was already used; the session has been ended',
          ),
        };
      }
      const next = newSecretToken();
      await this.insertRefreshToken(manager, session.id, next);
      return { userId: session.userId, sessionId: session.id, next };
    });
    // The reuse revocation must be committed, so the error is thrown only after the transaction.
    if ('error' in outcome) throw outcome.error;
    return this.pair(outcome.userId, outcome.sessionId, outcome.next);
  }

  async startWebSession(user: User): Promise<{ cookieValue: string; expiresAt: Date }> {
    const cookieValue = newSecretToken();
    const expiresAt = new Date(Date.now() + WEB_SESSION_TTL_MS);
    await this.tx.run((manager) =>
      manager.insert(AuthSession, {
        userId: user.id,
        kind: SessionKind.web,
        cookieHash: hashToken(cookieValue),
        expiresAt,
        revokedAt: null,
        revokeReason: null,
      }),
    );
    return { cookieValue, expiresAt };
  }

  async resolveWebSession(cookieValue: string): Promise<Principal | null> {
    if (cookieValue.length < 20 || cookieValue.length > 200) return null;
    return this.principalFor(
      await this.sessionWithUser({ cookieHash: hashToken(cookieValue), kind: SessionKind.web }),
    );
  }

  /** The principal of an API access token, or UNAUTHENTICATED when its session has ended. */
  async resolveAccessToken(token: string): Promise<Principal> {
    const claims = await this.accessTokens.verify(token);
    const found = await this.sessionWithUser({ id: claims.sid });
    const principal = found?.session.userId === claims.sub ? this.principalFor(found) : null;
    if (!principal) throw unauthenticated();
    return principal;
  }

  async revoke(sessionId: string, reason: RevokeReason): Promise<void> {
    await this.tx.run((manager) => this.revokeWith(manager, { id: sessionId }, reason));
  }

  /** Ends every session of a user (optionally keeping one), inside the caller's transaction. */
  async revokeAllForUser(
    manager: EntityManager,
    userId: string,
    reason: RevokeReason,
    exceptSessionId?: string,
  ): Promise<void> {
    const qb = manager
      .createQueryBuilder()
      .update(AuthSession)
      .set({ revokedAt: new Date(), revokeReason: reason })
      .where('userId = :userId AND revokedAt IS NULL', { userId });
    if (exceptSessionId) qb.andWhere('id <> :exceptSessionId', { exceptSessionId });
    await qb.execute();
  }

  /**
   * A session and its user in one statement: every authenticated request runs this, so a
   * second round trip for the user would be paid by every request.
   */
  private async sessionWithUser(
    where: { id: string } | { cookieHash: string; kind: SessionKind },
  ): Promise<{ session: AuthSession; user: User } | null> {
    const manager = this.sessions.manager;
    const columns = Object.keys(where);
    let sql = this.sessionStatements.get(columns.join());
    if (!sql) {
      // Built once per shape: every authenticated request reads this, and building it with the
      // query builder each time was a visible share of a request's CPU.
      const escape = (name: string) => manager.connection.driver.escape(name);
      sql = [
        `SELECT ${selectListOf(manager, AuthSession, 's')}, ${selectListOf(manager, User, 'u')}`,
        `FROM ${tableOf(manager, AuthSession)} s INNER JOIN ${tableOf(manager, User)} u`,
        `ON u.${escape('id')} = s.${escape('userId')}`,
        `WHERE ${columns.map((column) => `s.${escape(column)} = ?`).join(' AND ')} LIMIT 1`,
      ].join(' ');
      this.sessionStatements.set(columns.join(), sql);
    }
    const [row] = (await manager.query(sql, Object.values(where))) as Record<string, unknown>[];
    if (!row) return null;
    return {
      session: entityOf(manager, AuthSession, row, 's'),
      user: entityOf(manager, User, row, 'u'),
    };
  }

  private principalFor(found: { session: AuthSession; user: User } | null): Principal | null {
    if (!found) return null;
    const { session, user } = found;
    if (session.revokedAt || session.expiresAt <= new Date()) return null;
    // An erased account's sessions are revoked with it; a sign-in that raced the erasure
    // must not outlive it either.
    return user.erasedAt ? null : toPrincipal(user, session);
  }

  private async revokeWith(
    manager: EntityManager,
    where: { id: string },
    reason: RevokeReason,
    now = new Date(),
  ): Promise<void> {
    await manager.update(
      AuthSession,
      { ...where, revokedAt: IsNull() },
      { revokedAt: now, revokeReason: reason },
    );
  }

  private async insertRefreshToken(
    manager: EntityManager,
    sessionId: string,
    token: string,
  ): Promise<void> {
    await manager.insert(RefreshToken, {
      sessionId,
      tokenHash: hashToken(token),
      expiresAt: this.refreshExpiry(),
      rotatedAt: null,
    });
  }

  private refreshExpiry(): Date {
    return new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000);
  }

  private async pair(userId: string, sessionId: string, refreshToken: string): Promise<TokenPair> {
    return {
      accessToken: await this.accessTokens.sign(userId, sessionId),
      refreshToken,
      tokenType: 'Bearer',
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
    };
  }
}

function unauthenticated(): DomainError {
  return new DomainError(ErrorCode.UNAUTHENTICATED, 'The session is not valid; sign in again');
}
