import { foldVietnamese } from '@app/platform';
import type { GroupCount } from './report-statistics.repository';

/** Names in Vietnamese order; one collator (a locale per `localeCompare` call builds one each time). */
export const BY_NAME = new Intl.Collator('vi', { caseFirst: 'upper' });

/** Tone and vowel marks (and đ) in a text: the spelling with more is the one typed with care. */
function marks(text: string): number {
  return (text.normalize('NFD').match(/[\u0300-\u036f]|đ|Đ/g) ?? []).length;
}

/** Groups in a known order (every known key when `all`, else those present), then the rest. */
export function ordered(groups: GroupCount[], order: readonly string[], all = false): GroupCount[] {
  const known = order
    .map((key) => ({ key, count: groups.find((g) => g.key === key)?.count ?? 0 }))
    .filter((g) => all || g.count > 0);
  return [...known, ...unlisted(groups, order)];
}

/** Groups not among the known keys: values no longer configured, and "not given" last. */
export function unlisted(groups: GroupCount[], known: readonly string[]): GroupCount[] {
  const rest = groups.filter((g) => g.key !== null && !known.includes(g.key));
  const none = groups.filter((g) => g.key === null);
  return [...largestFirst(rest), ...none];
}

/**
 * Free text typed by teams, one group per thing: "Trường THPT Lê Khiết", " trường thpt lê
 * khiết " and "Truong THPT Le Khiet" are one school, named by its most used spelling (on
 * a tie, the one with its accents, then capitals). Text that folds to nothing is "not given".
 */
export function mergedSpellings(groups: GroupCount[]): GroupCount[] {
  const merged = new Map<string | null, { count: number; spellings: Map<string, number> }>();
  for (const group of groups) {
    const folded = group.key === null ? '' : foldVietnamese(group.key);
    const key = folded === '' ? null : folded;
    const entry = merged.get(key) ?? { count: 0, spellings: new Map<string, number>() };
    entry.count += group.count;
    if (key !== null) {
      const spelling = group.key!.trim().replace(/\s+/g, ' ');
      entry.spellings.set(spelling, (entry.spellings.get(spelling) ?? 0) + group.count);
    }
    merged.set(key, entry);
  }
  return [...merged.entries()].map(([key, { count, spellings }]) => ({
    key:
      key === null
        ? null
        : [...spellings.entries()].sort(
            (a, b) => b[1] - a[1] || marks(b[0]) - marks(a[0]) || BY_NAME.compare(a[0], b[0]),
          )[0][0],
    count,
  }));
}

/** Largest group first, ties by name; "not given" (null) always last. */
export function largestFirst(groups: GroupCount[]): GroupCount[] {
  const given = groups
    .filter((g) => g.key !== null)
    .sort((a, b) => b.count - a.count || BY_NAME.compare(a.key ?? '', b.key ?? ''));
  return [...given, ...groups.filter((g) => g.key === null)];
}
