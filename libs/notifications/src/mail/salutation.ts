import type { Locale } from '@app/platform';

/**
 * Vietnamese academic titles and what an English letter calls the same person. A
 * professor is "Prof." whatever their doctorate; a doctor "Dr."; a master's degree or an
 * engineer's is not used in an English salutation. Keys are lower-cased, without dots.
 */
const ENGLISH_RANKS: [tokens: readonly string[], english: string | null][] = [
  [['gs'], 'Prof.'],
  [['pgs'], 'Assoc. Prof.'],
  [['ts', 'tskh', 'bs', 'bsck', 'bsckii', 'bscki'], 'Dr.'],
  [['ths', 'cn', 'ks', 'ls', 'nts', 'nsnd', 'nsut'], null],
];

/**
 * The title a judge wrote in their profile ("PGS.TS.", "ThS.") as an English letter
 * writes it ("Assoc. Prof.", none). A title that is not a Vietnamese abbreviation we know
 * ("Dr.", "Prof. Dr.") is kept as typed.
 */
export function englishHonorific(title: string): string {
  const tokens = title
    .toLowerCase()
    .split(/[.\s]+/)
    .filter((token) => token !== '');
  const ranks = tokens.map((token) => ENGLISH_RANKS.findIndex(([keys]) => keys.includes(token)));
  if (ranks.length === 0) return '';
  if (ranks.includes(-1)) return title.trim();
  return ENGLISH_RANKS[Math.min(...ranks)][1] ?? '';
}

/** The title as the mail's language writes it; empty when it has none there. */
export function honorificFor(title: string | null | undefined, locale: Locale): string {
  const trimmed = title?.trim() ?? '';
  if (trimmed === '') return '';
  return locale === 'en' ? englishHonorific(trimmed) : trimmed;
}
