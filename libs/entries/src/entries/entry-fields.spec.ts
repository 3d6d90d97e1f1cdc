import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { UpdateEntryDto } from './entry.dto';
import { ENTRY_FIELDS, MARKDOWN_FIELDS, REQUIRED_ON_SUBMIT } from './entry-fields';
import type { EntryFieldSpec } from './entry-fields';
import { FORM_FIELDS } from './entry-limits';

const problemsWith = (key: string, value: string) =>
  validateSync(plainToInstance(UpdateEntryDto, { [key]: value }), {
    whitelist: true,
    forbidNonWhitelisted: true,
  }).map((problem) => problem.property);

/** A value of exactly `length` characters that is otherwise valid for the field. */
const valueOf = (spec: EntryFieldSpec, length: number) =>
  spec.kind === 'url'
    ? `https://a.vn/${'x'.repeat(length - 'https://a.vn/'.length)}`
    : 'x'.repeat(length);

describe('the entry form field list', () => {
  const limited = (ENTRY_FIELDS as readonly EntryFieldSpec[]).filter((s) => s.maxLength);

  it.each(limited.map((spec) => [spec.key, spec]))(
    'the API takes %s up to its maximum length and refuses one character more',
    (key, spec) => {
      const max = (spec as EntryFieldSpec).maxLength as number;
      expect(problemsWith(key as string, valueOf(spec as EntryFieldSpec, max))).toEqual([]);
      expect(problemsWith(key as string, valueOf(spec as EntryFieldSpec, max + 1))).toEqual([key]);
    },
  );

  it('gives every text kind a maximum length and every field a label of the form', () => {
    for (const spec of ENTRY_FIELDS as readonly EntryFieldSpec[]) {
      if (['text', 'markdown', 'url'].includes(spec.kind))
        expect(spec.maxLength).toBeGreaterThan(0);
      expect(spec.labelKey).toBe(`entryForm.${spec.key}`);
    }
  });

  it('derives the lists the services read', () => {
    expect(REQUIRED_ON_SUBMIT).toEqual([
      'title',
      'summary',
      'problem',
      'solution',
      'customers',
      'businessModel',
    ]);
    expect(MARKDOWN_FIELDS).toEqual([
      'summary',
      'problem',
      'solution',
      'customers',
      'businessModel',
      'advantage',
      'fundingNeeds',
    ]);
    // Every field but the contest's own list is written as it comes.
    expect(FORM_FIELDS).toHaveLength(ENTRY_FIELDS.length - 1);
    expect(FORM_FIELDS).not.toContain('fieldKey');
  });
});
