import type { RankingMethod } from '@app/contests';
import type { Locale } from '@app/platform';

interface MethodWording {
  /** Short, for column headers, selects and sentences. */
  name: string;
  /** What the method does, for the judging minutes and the rule form's hint. */
  explanation: string;
}

/**
 * The one list of how each ranking method is called, in both languages. The pages'
 * catalogues, the judging minutes and any export read it here, so a method has one name
 * wherever an organizer or the province reads it; the compiler asks for every method.
 */
export const RANKING_METHOD_NAMES: Record<RankingMethod, Record<Locale, MethodWording>> = {
  weighted_mean: {
    vi: {
      name: 'Trung bình có trọng số',
      explanation: 'Trung bình các phiếu chấm, mỗi tiêu chí nhân trọng số của nó.',
    },
    en: {
      name: 'Weighted mean',
      explanation: 'The mean of the reviews, each criterion times its weight.',
    },
  },
  trimmed_mean: {
    vi: {
      name: 'Trung bình cắt bỏ cao nhất, thấp nhất',
      explanation: 'Bỏ điểm cao nhất và thấp nhất khi có từ 5 lượt chấm, rồi lấy trung bình.',
    },
    en: {
      name: 'Trimmed mean (highest and lowest dropped)',
      explanation: 'The highest and lowest reviews are dropped from 5 reviews up, then averaged.',
    },
  },
  z_score: {
    vi: {
      name: 'Chuẩn hóa theo giám khảo (z-score)',
      explanation:
        'Điểm của mỗi giám khảo được chuẩn hóa theo mặt bằng chấm của chính họ, quy về thang điểm của vòng.',
    },
    en: {
      name: 'Per-judge normalised (z-score)',
      explanation:
        "Each judge's scores are normalised against their own scoring, back on the round's scale.",
    },
  },
  bias_model: {
    vi: {
      name: 'Mô hình hiệu chỉnh độ khắt khe',
      explanation:
        'Ước lượng cùng lúc chất lượng bài và độ khắt khe của từng giám khảo, rồi trừ độ khắt khe.',
    },
    en: {
      name: 'Judge severity model',
      explanation:
        "Estimates each entry's quality and each judge's severity together, then removes the severity.",
    },
  },
};

export function rankingMethodName(method: RankingMethod, locale: Locale): string {
  return RANKING_METHOD_NAMES[method][locale].name;
}

/** `{ weighted_mean: 'Trung bình có trọng số', … }`: the names as a page catalogue section. */
export function rankingMethodCatalogue(locale: Locale): Record<RankingMethod, string> {
  return Object.fromEntries(
    Object.entries(RANKING_METHOD_NAMES).map(([method, wording]) => [method, wording[locale].name]),
  ) as Record<RankingMethod, string>;
}
