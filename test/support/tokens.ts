import { createHash, createHmac, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { UserToken, TokenPurpose } from '@app/accounts/tokens/user-token.entity';

/** Stores a token for a user directly, as a mail would carry it; returns the raw value. */
export async function insertUserToken(
  db: DataSource,
  userId: string,
  purpose: TokenPurpose,
  expiresInMs: number,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.manager.insert(UserToken, {
    userId,
    purpose,
    tokenHash: createHash('sha256').update(token).digest('hex'),
    expiresAt: new Date(Date.now() + expiresInMs),
    usedAt: null,
  });
  return token;
}

function base64url(value: object | string): string {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString(
    'base64url',
  );
}

/** A JWT built by hand, to try what a forger would send. */
export function forgeJwt(header: object, payload: object, secret?: string): string {
  const head = `${base64url(header)}.${base64url(payload)}`;
  const signature = secret ? createHmac('sha256', secret).update(head).digest('base64url') : '';
  return `${head}.${signature}`;
}
