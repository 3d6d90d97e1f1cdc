import { csvField, csvRecord, exportFileName, neutraliseCell } from './spreadsheet-cell';

describe('neutraliseCell', () => {
  it.each(['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'makes %j text with a leading apostrophe',
    (value) => {
      expect(neutraliseCell(value)).toBe(`'${value}`);
    },
  );

  it.each(['Nông trại thông minh', 'A=B', ' =1', '1-2', "'=already", 'email@example.vn'])(
    'leaves %j as it is',
    (value) => {
      expect(neutraliseCell(value)).toBe(value);
    },
  );

  it('turns null and undefined into an empty cell', () => {
    expect(neutraliseCell(null)).toBe('');
    expect(neutraliseCell(undefined)).toBe('');
    expect(neutraliseCell('')).toBe('');
  });
});

describe('CSV quoting (RFC 4180)', () => {
  it('leaves a plain field unquoted', () => {
    expect(csvField('Trường THPT Lê Khiết')).toBe('Trường THPT Lê Khiết');
  });

  it('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvField('cr\r')).toBe('"cr\r"');
  });

  it('neutralises, quotes and ends a record with CRLF', () => {
    expect(csvRecord(['QNG5-0001', '=1+1', 'x,"y"', null])).toBe(`QNG5-0001,'=1+1,"x,""y""",\r\n`);
  });

  it('neutralises before quoting, so a quoted formula is still defused', () => {
    expect(csvRecord(['=HYPERLINK("http://evil","click")'])).toBe(
      `"'=HYPERLINK(""http://evil"",""click"")"\r\n`,
    );
  });
});

describe('exportFileName', () => {
  it('keeps the code prefix and the date', () => {
    expect(exportFileName('QNG5', '2026-11-26', 'xlsx')).toBe('QNG5-entries-2026-11-26.xlsx');
  });

  it('drops characters that could break a header or a path', () => {
    expect(exportFileName('../Q"N\r\nG;5', '2026-11-26', 'csv')).toBe(
      'QNG5-entries-2026-11-26.csv',
    );
    expect(exportFileName('///', '2026-11-26', 'csv')).toBe('contest-entries-2026-11-26.csv');
  });
});
