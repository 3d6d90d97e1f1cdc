import type { Criterion } from '@app/contests';
import { judgingWindowState } from './judging-window';
import { keptPoints, scoreErrors, totalOf } from './score-validation';

const criteria: Criterion[] = [
  { key: 'doi-moi', labelVi: 'Đổi mới', labelEn: 'Innovation', weight: 1, maxScore: 40 },
  { key: 'kha-thi', labelVi: 'Khả thi', labelEn: 'Feasibility', weight: 1, maxScore: 30 },
];
const fields = (values: Record<string, unknown>, submitting = false) =>
  scoreErrors(criteria, values, submitting).map((e) => e.field);

describe('scoreErrors', () => {
  it('accepts a partial draft and a complete submission', () => {
    expect(fields({ 'doi-moi': 12 })).toEqual([]);
    expect(fields({ 'doi-moi': 40, 'kha-thi': 0 }, true)).toEqual([]);
  });

  it('names every missing criterion of a submission', () => {
    expect(fields({}, true)).toEqual(['scores.doi-moi', 'scores.kha-thi']);
    expect(fields({ 'doi-moi': null, 'kha-thi': 3 }, true)).toEqual(['scores.doi-moi']);
  });

  it('refuses points outside 0..max, non-numbers and more than one decimal', () => {
    expect(fields({ 'doi-moi': 40.5 })).toEqual(['scores.doi-moi']);
    expect(fields({ 'doi-moi': -1 })).toEqual(['scores.doi-moi']);
    expect(fields({ 'doi-moi': '12' })).toEqual(['scores.doi-moi']);
    expect(fields({ 'doi-moi': Number.NaN })).toEqual(['scores.doi-moi']);
    expect(fields({ 'doi-moi': 7.25 })).toEqual(['scores.doi-moi']);
    expect(fields({ 'doi-moi': 7.5, 'kha-thi': 29.9 })).toEqual([]);
  });

  it('refuses keys that are not criteria', () => {
    expect(fields({ bonus: 5 })).toEqual(['scores.bonus']);
  });

  it('keeps numbers only and totals to one decimal', () => {
    expect(keptPoints({ a: 1.5, b: null })).toEqual({ a: 1.5 });
    expect(totalOf({ a: 0.1, b: 0.2 })).toBe(0.3);
  });
});

describe('judgingWindowState', () => {
  const now = new Date('2030-01-10T00:00:00Z');
  const at = (iso: string | null) => (iso ? new Date(iso) : null);
  const round = (opens: string | null, closes: string | null, decided: string | null = null) => ({
    judgingOpensAt: at(opens),
    judgingClosesAt: at(closes),
    decidedAt: at(decided),
  });

  it('is open without dates and between them', () => {
    expect(judgingWindowState(round(null, null), now)).toBe('open');
    expect(judgingWindowState(round('2030-01-01T00:00:00Z', '2030-01-20T00:00:00Z'), now)).toBe(
      'open',
    );
  });

  it('is not open before the start and closed from the close on', () => {
    expect(judgingWindowState(round('2030-01-11T00:00:00Z', null), now)).toBe('not_open');
    expect(judgingWindowState(round(null, '2030-01-10T00:00:00Z'), now)).toBe('closed');
  });

  it('is closed once the round is decided', () => {
    expect(judgingWindowState(round(null, null, '2030-01-09T00:00:00Z'), now)).toBe('closed');
  });
});
