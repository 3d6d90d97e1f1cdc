import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIELD_ERROR_CODES } from '@app/platform';
import { FIELD_ERROR_MESSAGES, fieldErrorMessage } from './field-errors';
import { en } from './en';
import { vi } from './vi';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);

describe('the field-error table', () => {
  it('has a Vietnamese and an English message for every code, and nothing else', () => {
    expect(Object.keys(FIELD_ERROR_MESSAGES).sort()).toEqual([...FIELD_ERROR_CODES].sort());
    for (const code of FIELD_ERROR_CODES) {
      const { vi: inVi, en: inEn } = FIELD_ERROR_MESSAGES[code];
      expect([code, inVi.trim().length > 0, inEn.trim().length > 0]).toEqual([code, true, true]);
      expect([code, inVi === inEn]).toEqual([code, false]);
      expect([code, placeholders(inVi).sort()]).toEqual([code, placeholders(inEn).sort()]);
    }
  });

  it('is the fieldErrors section of both page catalogues', () => {
    const { fieldErrors: inVi } = vi as { fieldErrors: Record<string, string> };
    const { fieldErrors: inEn } = en as { fieldErrors: Record<string, string> };
    expect(inVi.dateOrder).toBe('Thời điểm kết thúc phải sau thời điểm bắt đầu.');
    expect(inEn.dateOrder).toBe('The end must be after the start.');
    expect(Object.keys(inVi).sort()).toEqual([...FIELD_ERROR_CODES].sort());
    expect(Object.keys(inEn).sort()).toEqual([...FIELD_ERROR_CODES].sort());
  });

  it('gives an eligibility reason its member row (from 1) and limit', () => {
    expect(fieldErrorMessage({ code: 'AGE_ABOVE_MAX', memberIndex: 1, limit: 35 })).toEqual({
      key: 'fieldErrors.AGE_ABOVE_MAX',
      vars: { member: 2, limit: 35 },
    });
  });

  it('is the only source of field-error keys written in the page code', () => {
    const pages = join(process.cwd(), 'apps/portal/src/pages');
    const files = readdirSync(pages, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'),
    );
    const used = files.flatMap((file) =>
      [...readFileSync(join(pages, file), 'utf8').matchAll(/'fieldErrors\.(\w+)'/g)].map(
        (m) => m[1],
      ),
    );
    const codes = new Set<string>(FIELD_ERROR_CODES);
    expect(used.filter((code) => !codes.has(code))).toEqual([]);
  });
});
