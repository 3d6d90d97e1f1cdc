import { hashToken, newSecretToken } from './secret-token';

describe('secret tokens', () => {
  it('carries 256 random bits, URL-safe', () => {
    const token = newSecretToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
  });

  it('never repeats', () => {
    const tokens = new Set(Array.from({ length: 1000 }, newSecretToken));
    expect(tokens.size).toBe(1000);
  });

  it('is stored as a SHA-256 that does not reveal it', () => {
    const token = newSecretToken();
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).toBe(hashToken(token));
    expect(hashToken(token)).not.toContain(token);
  });
});
