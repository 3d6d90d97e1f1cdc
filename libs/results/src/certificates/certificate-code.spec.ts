import { newCertificateCode, normalizeCertificateCode } from './certificate-code';

describe('certificate codes', () => {
  it('are three groups of four unambiguous characters', () => {
    for (let i = 0; i < 200; i++)
      expect(newCertificateCode()).toMatch(
        /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/,
      );
  });

  it('do not repeat or follow one another', () => {
    const codes = Array.from({ length: 2000 }, newCertificateCode);
    expect(new Set(codes).size).toBe(codes.length);
    const sorted = [...codes].sort();
    expect(sorted).not.toEqual(codes);
  });

  it('are recognised as typed off the paper', () => {
    const code = newCertificateCode();
    expect(normalizeCertificateCode(code)).toBe(code);
    expect(normalizeCertificateCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
    expect(normalizeCertificateCode('7kq2-m9xd-4rta')).toBe('7KQ2-M9XD-4RTA');
    expect(normalizeCertificateCode('O0I1-L000-0000')).toBe('0011-1000-0000');
  });

  it('refuse what cannot be a code, before any lookup', () => {
    for (const bad of [
      '',
      'abc',
      '7KQ2-M9XD-4RT',
      '7KQ2-M9XD-4RTA-1',
      '7KQ2-M9XD-4RT!',
      42,
      null,
      'x'.repeat(500),
    ])
      expect(normalizeCertificateCode(bad)).toBeNull();
  });
});
