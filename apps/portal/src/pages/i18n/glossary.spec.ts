import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue } from '@app/platform';
import { HTML_LAYOUT, MAIL_CATALOGUE, TEXT_LAYOUT } from '@app/notifications';
import { GLOSSARY, glossaryFindings } from './glossary';
import { vi } from './vi';

/** Every text of a catalogue by its key path. */
function texts(catalogue: Catalogue, prefix: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(catalogue).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[`${prefix}${key}`, value]]
        : Object.entries(texts(value, `${prefix}${key}.`)),
    ),
  );
}

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

/**
 * The Vietnamese string literals of source files that write documents without a
 * catalogue (the PDF paperwork, the reasons shown on pages and in the minutes). Comments
 * are English and left out.
 */
function literals(files: string[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const file of files) {
    const source = readFileSync(join(process.cwd(), file), 'utf8');
    let n = 0;
    for (const match of source.matchAll(/(['`])((?:\\.|(?!\1)[^\\])*?)\1/g)) {
      if (VIETNAMESE.test(match[2])) found[`${file}#${++n}`] = match[2];
    }
  }
  return found;
}

const PAPERWORK = 'libs/judging/src/paperwork';
const DOCUMENT_SOURCES = [
  ...readdirSync(join(process.cwd(), PAPERWORK))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
    .map((f) => `${PAPERWORK}/${f}`),
  'libs/judging/src/advancement/reason-text.ts',
  'libs/judging/src/advancement/advancement.service.ts',
];

describe('Vietnamese glossary', () => {
  it('finds a synonym it lists, and leaves "hợp lệ" for malformed input alone', () => {
    const findings = glossaryFindings({
      a: 'Hồ sơ dự thi của tôi',
      b: 'Hợp lệ',
      c: 'Cần ghi lý do khi bài dự thi không hợp lệ.',
      d: 'Thêm vòng thi',
      e: 'Xác nhận địa chỉ e-mail',
      f: 'hãy liên hệ ban tổ chức',
      g: 'Địa chỉ email không hợp lệ.',
      h: 'Ban tổ chức đã nhận bài dự thi đủ điều kiện của bạn.',
    });
    expect(findings.map((f) => [f.where, f.use])).toEqual([
      ['a', 'bài dự thi'],
      ['b', 'đủ điều kiện / không đủ điều kiện'],
      ['c', 'đủ điều kiện / không đủ điều kiện'],
      ['d', 'vòng'],
      ['e', 'email'],
      ['f', 'Ban tổ chức'],
    ]);
  });

  it('has one word per concept, none of them a synonym another term avoids', () => {
    const words = GLOSSARY.map((term) => term.vi);
    expect(new Set(words).size).toBe(words.length);
    expect(glossaryFindings(Object.fromEntries(words.map((w) => [w, w])))).toEqual([]);
  });

  it('is followed by every Vietnamese page text', () => {
    const pages = texts(vi, 'pages:');
    expect(Object.keys(pages).length).toBeGreaterThan(300);
    expect(glossaryFindings(pages)).toEqual([]);
  });

  it('is followed by every Vietnamese mail, its layout included', () => {
    const mails = { ...texts(MAIL_CATALOGUE.vi, 'mail:'), html: HTML_LAYOUT, text: TEXT_LAYOUT };
    expect(Object.keys(mails).length).toBeGreaterThan(40);
    expect(glossaryFindings(mails)).toEqual([]);
  });

  it('is followed by the PDF paperwork and the reasons it prints', () => {
    const documents = literals(DOCUMENT_SOURCES);
    expect(Object.keys(documents).length).toBeGreaterThan(20);
    expect(glossaryFindings(documents)).toEqual([]);
  });
});
