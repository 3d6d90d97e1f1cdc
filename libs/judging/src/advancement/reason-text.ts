import { formatDecimal } from '@app/platform';
import type { Locale } from '@app/platform';
import type { TieBreakStep } from '@app/contests';
import type { AdvancementReason } from './advancement-proposal';

/** Names shown for categories and criteria, by key, in the reader's language. */
export interface ReasonNames {
  categories: Record<string, string>;
  criteria: Record<string, string>;
}

/** A tie-break step in words, e.g. "tiêu chí Tính đổi mới". */
export function describeStep(step: TieBreakStep, locale: Locale, names: ReasonNames): string {
  if (step === 'total') return locale === 'vi' ? 'tổng điểm' : 'total';
  if (step === 'fewer_low_outliers')
    return locale === 'vi' ? 'ít điểm thấp bất thường hơn' : 'fewer low outliers';
  const key = step.slice('criterion:'.length);
  const label = names.criteria[key] ?? key;
  return locale === 'vi' ? `điểm trung bình tiêu chí "${label}"` : `mean of criterion "${label}"`;
}

/**
 * One reason in words with its numbers. Kept beside the codes, not in the page catalogue,
 * because the minutes (PDF), the pages and the decision notes all word them the same way.
 */
export function describeReason(
  reason: AdvancementReason,
  locale: Locale,
  names: ReasonNames,
): string {
  const vi = locale === 'vi';
  // The same rounding as the ranking and the totals column (two decimals).
  const n = (value: number) => formatDecimal(value, locale);
  const category = (key: string) => names.categories[key] ?? key;
  switch (reason.code) {
    case 'NO_SCORE':
      return vi ? 'Chưa có điểm' : 'No score yet';
    case 'TOO_FEW_REVIEWS':
      return vi
        ? `Chưa đủ lượt chấm: ${reason.reviews} < ${reason.minReviews}`
        : `Too few reviews: ${reason.reviews} < ${reason.minReviews}`;
    case 'BELOW_MIN_TOTAL':
      return vi
        ? `Dưới điểm sàn: ${n(reason.total)} < ${n(reason.minTotal)}`
        : `Below the minimum total: ${n(reason.total)} < ${n(reason.minTotal)}`;
    case 'ZERO_VETO':
      return vi ? 'Có tiêu chí bị chấm 0 điểm' : 'A criterion was scored 0';
    case 'NO_RULE':
      return vi
        ? 'Chưa có quy tắc xét chọn (số bài mỗi bảng hoặc điểm sàn)'
        : 'No advancement rule yet (top N per category or a minimum total)';
    case 'MEETS_RULE':
      return vi ? 'Đạt mọi điều kiện' : 'Meets every condition';
    case 'WITHIN_TOP_N':
      return vi
        ? `Hạng ${reason.rank} ≤ ${reason.topN} trong bảng "${category(reason.categoryKey)}"`
        : `Rank ${reason.rank} ≤ ${reason.topN} in category "${category(reason.categoryKey)}"`;
    case 'OUTSIDE_TOP_N':
      return vi
        ? `Hạng ${reason.rank} > ${reason.topN} trong bảng "${category(reason.categoryKey)}"`
        : `Rank ${reason.rank} > ${reason.topN} in category "${category(reason.categoryKey)}"`;
    case 'WON_TIE_BREAK':
      return vi
        ? `Đồng điểm tại ngưỡng, hơn nhờ ${describeStep(reason.step, locale, names)}`
        : `Tied at the cut-off, won on ${describeStep(reason.step, locale, names)}`;
    case 'LOST_TIE_BREAK':
      return vi
        ? `Đồng điểm tại ngưỡng, kém về ${describeStep(reason.step, locale, names)}`
        : `Tied at the cut-off, lost on ${describeStep(reason.step, locale, names)}`;
    case 'TIED_AT_CUT_OFF':
      return vi
        ? 'Đồng điểm tại ngưỡng sau mọi bước phân định: tất cả cùng đi tiếp (không bốc thăm)'
        : 'Still tied at the cut-off after every tie-break step: all advance (ties are not broken by chance)';
  }
}

/** The decision note stored on RoundEntry: the reasons in Vietnamese, the working language of the jury. */
export function decisionNote(reasons: AdvancementReason[], names: ReasonNames): string {
  return reasons.map((r) => describeReason(r, 'vi', names)).join('; ');
}
