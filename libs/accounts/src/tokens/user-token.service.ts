import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { DomainError, ErrorCode } from '@app/platform';
import { hashToken, newSecretToken } from './secret-token';
import { TokenPurpose, UserToken } from './user-token.entity';

export const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  [TokenPurpose.verifyEmail]: 72 * 3600 * 1000,
  [TokenPurpose.resetPassword]: 3600 * 1000,
  [TokenPurpose.setPassword]: 72 * 3600 * 1000,
};

/** Mailed single-use tokens: bound to one user and one purpose, expiring, stored hashed. */
@Injectable()
export class UserTokenService {
  /** Issues a token and returns the raw value (for the mail) and the row id (for the dedupe key). */
  async issue(
    manager: EntityManager,
    userId: string,
    purpose: TokenPurpose,
    now = new Date(),
  ): Promise<{ token: string; id: string }> {
    const token = newSecretToken();
    const row = manager.create(UserToken, {
      userId,
      purpose,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[purpose]),
      usedAt: null,
    });
    await manager.insert(UserToken, row);
    return { token, id: row.id };
  }

  /** Checks a token without spending it; returns the user id. */
  async peek(
    manager: EntityManager,
    token: unknown,
    purpose: TokenPurpose,
    now = new Date(),
  ): Promise<string> {
    return (await this.find(manager, token, purpose, now)).userId;
  }

  /**
   * Consumes a token: the conditional update must affect exactly one row, so of many
   * concurrent uses exactly one succeeds. Returns the user id.
   */
  async consume(
    manager: EntityManager,
    token: unknown,
    purpose: TokenPurpose,
    now = new Date(),
  ): Promise<string> {
    const row = await this.find(manager, token, purpose, now);
    const result = await manager.update(
      UserToken,
      { id: row.id, usedAt: IsNull() },
      { usedAt: now },
    );
    if (result.affected !== 1) throw invalid();
    return row.userId;
  }

  private async find(
    manager: EntityManager,
    token: unknown,
    purpose: TokenPurpose,
    now: Date,
  ): Promise<UserToken> {
    if (typeof token !== 'string' || token.length < 20 || token.length > 200) throw invalid();
    const row = await manager.findOne(UserToken, { where: { tokenHash: hashToken(token) } });
    if (!row || row.purpose !== purpose || row.usedAt) throw invalid();
    if (row.expiresAt.getTime() <= now.getTime()) {
      throw new DomainError(ErrorCode.TOKEN_EXPIRED, 'This link has expired; ask for a new one');
    }
    return row;
  }

  /** Makes every unused token of a purpose unusable (a newer one was issued, or the password changed). */
  async invalidateAll(
    manager: EntityManager,
    userId: string,
    purpose: TokenPurpose,
    now = new Date(),
  ): Promise<void> {
    await manager.update(UserToken, { userId, purpose, usedAt: IsNull() }, { usedAt: now });
  }
}

function invalid(): DomainError {
  return new DomainError(
    ErrorCode.INVALID_TOKEN,
    'This link is not valid or has already been used',
  );
}
