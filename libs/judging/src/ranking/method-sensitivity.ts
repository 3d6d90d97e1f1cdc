import { RANKING_METHODS } from '@app/contests';
import type { AdvancementRule, RankingMethod } from '@app/contests';
import type { RankedEntry, RankingContent } from './ranking.types';

/** The parts of an advancement rule that depend on the method; the rest is the advancement engine's. */
export type CutOffRule = Pick<AdvancementRule, 'topNPerCategory' | 'minTotal'>;

export function hasCutOff(rule: CutOffRule | null | undefined): rule is CutOffRule {
  return rule?.topNPerCategory != null || rule?.minTotal != null;
}

/**
 * Whether an entry crosses the cut-off under one method: a score at or above `minTotal`
 * and a category rank within `topNPerCategory`. Ranks are competition ranks, so entries
 * tied at the cut-off all cross it here; the tie-break chain decides them later.
 */
export function crossesCutOff(
  entry: RankedEntry,
  method: RankingMethod,
  rule: CutOffRule,
): boolean {
  const { score, rank } = entry.methods[method];
  if (score === null) return false;
  if (rule.minTotal != null && score < rule.minTotal) return false;
  if (rule.topNPerCategory != null && (rank === null || rank > rule.topNPerCategory)) return false;
  return true;
}

/** Entries that cross the cut-off under some methods and not under others; empty without a cut-off. */
export function methodSensitivity(
  entries: RankedEntry[],
  rule: CutOffRule | null | undefined,
): RankingContent['methodSensitivity'] {
  if (!hasCutOff(rule)) return [];
  const report: RankingContent['methodSensitivity'] = [];
  for (const entry of entries) {
    const advancesUnder = RANKING_METHODS.filter((m) => crossesCutOff(entry, m, rule));
    if (advancesUnder.length === 0 || advancesUnder.length === RANKING_METHODS.length) continue;
    report.push({
      entryId: entry.entryId,
      advancesUnder,
      notUnder: RANKING_METHODS.filter((m) => !advancesUnder.includes(m)),
    });
  }
  return report;
}
