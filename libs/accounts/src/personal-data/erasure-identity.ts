import { randomBytes } from 'node:crypto';

/**
 * Placeholder addresses live under the reserved `.invalid` domain (RFC 2606): no mail can
 * ever reach one, and the outbox writes none to it.
 */
export const ERASED_EMAIL_DOMAIN = 'erased.invalid';

/**
 * What stands in for an erased person. The tag is random, not derived from the account, so
 * nobody can claim an erased account's placeholder address in advance to block its erasure.
 */
export function newErasureIdentity(): { pseudonym: string; placeholderEmail: string } {
  const tag = randomBytes(8).toString('hex');
  return {
    pseudonym: `Người dùng đã xoá #${tag.slice(0, 6)}`,
    placeholderEmail: `erased-${tag}@${ERASED_EMAIL_DOMAIN}`,
  };
}
