import { assertAcceptablePassword, passwordProblem } from './password-policy';

describe('password policy', () => {
  it('accepts 8 to 128 characters that are not common', () => {
    expect(passwordProblem('đủ-tám-k')).toBeNull();
    expect(passwordProblem('a'.repeat(127) + 'b')).toBeNull();
  });

  it('counts characters, not bytes (Vietnamese letters are one character each)', () => {
    expect(passwordProblem('ấấấấấấấ')).toMatch(/at least 8/);
    expect(passwordProblem('ấấấấấấấấ')).toBeNull();
  });

  it('refuses 7 and 129 characters', () => {
    expect(passwordProblem('1234567')).toMatch(/at least 8/);
    expect(passwordProblem('x'.repeat(129))).toMatch(/at most 128/);
  });

  it.each(['password', 'Password1', '12345678', 'qwertyuiop', 'iloveyou'])(
    'refuses the common password %s',
    (password) => {
      expect(passwordProblem(password)).toMatch(/too common/);
    },
  );

  it('refuses a password containing the e-mail name', () => {
    expect(passwordProblem('nguyenvana-2026', 'nguyenvana@example.vn')).toMatch(/e-mail/);
  });

  it('throws WEAK_PASSWORD with the field named', () => {
    expect(() => assertAcceptablePassword('short', undefined, 'newPassword')).toThrow(
      expect.objectContaining({
        code: 'WEAK_PASSWORD',
        details: [expect.objectContaining({ field: 'newPassword' })],
      }),
    );
  });
});
