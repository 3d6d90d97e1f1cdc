import { QuestionKind } from '@app/contests';
import { mergeAnswers, missingRequiredAnswers, QuestionRule } from './answers-validation';

const questions: QuestionRule[] = [
  { key: 'members-count', kind: QuestionKind.number, required: true, options: null },
  { key: 'motto', kind: QuestionKind.shortText, required: false, options: null },
  { key: 'story', kind: QuestionKind.longText, required: false, options: null },
  { key: 'source', kind: QuestionKind.choice, required: true, options: ['Facebook', 'Trường học'] },
  { key: 'website', kind: QuestionKind.url, required: false, options: null },
];

describe('answers to a contest`s extra questions', () => {
  it('stores valid answers of every kind, trimmed', () => {
    const result = mergeAnswers(questions, null, {
      'members-count': 4,
      motto: '  Vì cộng đồng ',
      story: 'x'.repeat(10_000),
      source: 'Trường học',
      website: 'https://example.vn/du-an',
    });
    expect(result.errors).toEqual([]);
    expect(result.answers).toMatchObject({ 'members-count': 4, motto: 'Vì cộng đồng' });
  });

  it('refuses unknown keys, wrong types, options not offered, non-http links and long texts', () => {
    const result = mergeAnswers(questions, null, {
      unknown: 'x',
      'members-count': 'bốn',
      motto: 'x'.repeat(501),
      story: 'x'.repeat(10_001),
      source: 'Zalo',
      website: 'javascript:alert(1)',
    });
    expect(result.errors.map((e) => e.field).sort()).toEqual([
      'answers.members-count',
      'answers.motto',
      'answers.source',
      'answers.story',
      'answers.unknown',
      'answers.website',
    ]);
  });

  it('takes a number typed as text, and clears an answer given null or an empty string', () => {
    const result = mergeAnswers(
      questions,
      { motto: 'cũ', source: 'Facebook' },
      {
        'members-count': '3',
        motto: null,
        source: '',
      },
    );
    expect(result.errors).toEqual([]);
    expect(result.answers).toEqual({ 'members-count': 3 });
  });

  it('lists required questions left unanswered', () => {
    expect(missingRequiredAnswers(questions, { 'members-count': 2 })).toEqual(['source']);
    expect(missingRequiredAnswers(questions, null)).toEqual(['members-count', 'source']);
  });
});
