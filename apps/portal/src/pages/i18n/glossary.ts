/**
 * One Vietnamese name for each thing, on pages, in mails, PDFs and exports. People met
 * "hồ sơ dự thi" on one page and "bài dự thi" on the next, "Hợp lệ" in one list and "Đủ
 * điều kiện" in a mail, and asked whether these were different things. Each term lists
 * the synonyms it replaces; the glossary spec fails when a Vietnamese text uses one.
 *
 * "hợp lệ" stays right for input that is malformed ("Địa chỉ email không hợp lệ"); it is
 * refused only where it judges an entry.
 */
export interface GlossaryTerm {
  /** What the thing is, in English. */
  concept: string;
  /** The one Vietnamese word for it. */
  vi: string;
  /** Synonyms the texts must not use for it. */
  avoid: RegExp[];
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  { concept: 'entry', vi: 'bài dự thi', avoid: [/hồ sơ/i, /bài thi/i] },
  {
    concept: 'eligible / not eligible',
    vi: 'đủ điều kiện / không đủ điều kiện',
    avoid: [
      /(?:bài dự thi|bài|hồ sơ)\s+(?:(?:không|chưa)\s+)?hợp lệ/i,
      /^(?:không\s+)?hợp lệ$/i,
      /chọn hợp lệ/i,
    ],
  },
  { concept: 'draft', vi: 'bản nháp', avoid: [/(?:hồ sơ|bài dự thi|bài) nháp/i, /bản thảo/i] },
  { concept: 'submitted', vi: 'đã nộp', avoid: [/gửi (?:bài|hồ sơ)/i] },
  { concept: 'withdrawn', vi: 'đã rút', avoid: [/(?:hủy|huỷ|thu hồi) (?:bài|hồ sơ)/i] },
  { concept: 'round', vi: 'vòng', avoid: [/vòng thi/i, /vòng chấm/i] },
  { concept: 'category', vi: 'bảng', avoid: [/bảng thi/i, /hạng mục/i] },
  { concept: 'judge', vi: 'giám khảo', avoid: [/người chấm/i, /thẩm định viên/i] },
  // A proper name: capitalised wherever it stands in a sentence.
  { concept: 'organizers', vi: 'Ban tổ chức', avoid: [/ban tổ chức/, /\bBTC\b/, /nhà tổ chức/i] },
  { concept: 'e-mail', vi: 'email', avoid: [/e-mail/i, /thư điện tử/i] },
];

export interface GlossaryFinding {
  where: string;
  text: string;
  concept: string;
  use: string;
}

/** Every use of an avoided synonym in the texts, with the word to use instead. */
export function glossaryFindings(texts: Record<string, string>): GlossaryFinding[] {
  return Object.entries(texts).flatMap(([where, text]) =>
    GLOSSARY.flatMap((term) =>
      term.avoid
        .filter((pattern) => pattern.test(text))
        .map(() => ({ where, text, concept: term.concept, use: term.vi })),
    ),
  );
}
