import { attachmentDisposition, sanitizeFileName, withExtension } from './file-name';

describe('sanitizeFileName', () => {
  it.each([
    ['../../etc/passwd.pdf', 'passwd.pdf'],
    ['..\\..\\windows\\system32\\evil.pdf', 'evil.pdf'],
    ['/absolute/path/deck.pdf', 'deck.pdf'],
    ['a\u0000b.pdf', 'ab.pdf'],
    ['line\r\nbreak.pdf', 'line break.pdf'],
    ['tab\there.pdf', 'tab here.pdf'],
    ['CON.pdf', '_CON.pdf'],
    ['lpt1', '_lpt1'],
    ['console.pdf', 'console.pdf'],
    ['invoice\u202efdp.exe', 'invoicefdp.exe'],
    ['\u2066hidden\u2069.pdf', 'hidden.pdf'],
    ['zero\u200bwidth.pdf', 'zerowidth.pdf'],
    ['Kế hoạch kinh doanh.pdf', 'Kế hoạch kinh doanh.pdf'],
    ['Ke\u0302\u0301 hoa\u0323ch.pdf', 'Kế hoạch.pdf'], // decomposed (macOS) -> NFC
    ['.htaccess', 'htaccess'],
    ['deck.pdf. . ', 'deck.pdf'],
    ['a<b>c:"d"|e?f*.pdf', 'a_b_c__d__e_f_.pdf'],
    ['  lots   of\n spaces .pdf', 'lots of spaces .pdf'],
  ])('%j -> %j', (raw, expected) => {
    expect(sanitizeFileName(raw)).toBe(expected);
  });

  it.each([[''], ['../'], ['..'], ['\u0000\u0001'], ['\u202e'], ['...'], ['   ']])(
    'leaves nothing of %j',
    (raw) => {
      expect(sanitizeFileName(raw)).toBe('');
    },
  );

  it('shortens a 300-character name to 150 characters and keeps the extension', () => {
    const name = sanitizeFileName(`${'a'.repeat(296)}.pdf`);
    expect(Array.from(name)).toHaveLength(150);
    expect(name.endsWith('.pdf')).toBe(true);
  });

  it('never splits a character when shortening', () => {
    const name = sanitizeFileName(`${'😀'.repeat(300)}.pdf`);
    expect(Array.from(name)).toHaveLength(150);
    expect(name).toMatch(/^(😀)+\.pdf$/u);
    expect(sanitizeFileName('ệ'.repeat(300))).toBe('ệ'.repeat(150));
  });
});

describe('withExtension', () => {
  it('keeps a matching extension in any case', () => {
    expect(withExtension('Deck.PDF', ['pdf'])).toBe('Deck.PDF');
    expect(withExtension('photo.jpeg', ['jpg', 'jpeg'])).toBe('photo.jpeg');
  });

  it('appends the detected type when the name says otherwise', () => {
    expect(withExtension('photo.exe', ['png'])).toBe('photo.exe.png');
    expect(withExtension('report', ['pdf'])).toBe('report.pdf');
  });
});

describe('attachmentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name (RFC 5987)', () => {
    expect(attachmentDisposition('Kế hoạch kinh doanh.pdf')).toBe(
      `attachment; filename="Ke hoach kinh doanh.pdf"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20kinh%20doanh.pdf`,
    );
  });

  it("percent-encodes the characters RFC 5987 does not allow bare (' ( ) *)", () => {
    expect(attachmentDisposition("it's (v2)*.pdf")).toBe(
      `attachment; filename="it's (v2)*.pdf"; filename*=UTF-8''it%27s%20%28v2%29%2A.pdf`,
    );
  });

  it('keeps quotes, backslashes and Vietnamese đ out of the fallback', () => {
    expect(attachmentDisposition('Đề án "mới"\\1.pdf')).toContain('filename="De an _moi__1.pdf"');
  });
});
