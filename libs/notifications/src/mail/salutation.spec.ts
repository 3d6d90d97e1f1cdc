import { englishHonorific, honorificFor } from './salutation';

describe('honorifics of formal mails', () => {
  it('keeps a Vietnamese title as typed in Vietnamese', () => {
    expect(honorificFor(' PGS.TS. ', 'vi')).toBe('PGS.TS.');
    expect(honorificFor(null, 'vi')).toBe('');
  });

  it('writes the highest Vietnamese rank the English way', () => {
    expect(englishHonorific('PGS.TS.')).toBe('Assoc. Prof.');
    expect(englishHonorific('GS.TSKH.')).toBe('Prof.');
    expect(englishHonorific('TS.')).toBe('Dr.');
    expect(englishHonorific('ThS.')).toBe('');
    expect(englishHonorific('ths. bs')).toBe('Dr.');
  });

  it('keeps a title it does not know as typed', () => {
    expect(englishHonorific('Dr.')).toBe('Dr.');
    expect(englishHonorific('Prof. Dr.')).toBe('Prof. Dr.');
    expect(honorificFor('Kỹ sư trưởng', 'en')).toBe('Kỹ sư trưởng');
  });
});
