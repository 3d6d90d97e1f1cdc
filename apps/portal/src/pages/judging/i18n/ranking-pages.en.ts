// Deep import: the catalogues load in unit tests without the Nest modules of the lib.
import { rankingMethodCatalogue } from '@app/judging';
import type { Catalogue } from '@app/platform';

/** English texts of the ranking page. */
export const rankingPagesEn: Catalogue = {
  // The names live with the methods, in the judging lib (one list for pages and papers).
  rankingMethods: rankingMethodCatalogue('en'),
  rankingPage: {
    title: 'Ranking',
    heading: 'Ranking of round {{position}}: {{name}}',
    statusTitle: 'Latest computation',
    computedAt: 'Computed at {{at}} from {{scores}} submitted scores.',
    notReady: 'No ranking yet. It is computed automatically as judges submit their scores.',
    scaleLine: 'Scale: {{scale}}',
    decidingLine: 'Deciding method: {{method}}',
    recompute: 'Recompute now',
    notice_requested:
      'Recomputation requested; the result arrives within seconds. Reload the page.',
    tabsLabel: 'Ranking by category',
    overall: 'Whole round',
    tableCaption: 'Score under each method, rank in brackets (equal scores share a rank).',
    reviews: 'Reviews',
    spread: 'Spread',
    flags: 'Notes',
    rank: 'rank {{rank}}',
    flagDisagreement: 'Judges strongly disagree',
    flagZero: 'A criterion scored 0',
    flagOutliers: '{{count}} unusually low reviews',
    reviewsOf: '{{done}} of {{required}}',
    flagUnderReview: 'Under review ({{done}} of {{required}} reviews)',
    underReviewCount:
      'Entries with fewer than the {{required}} reviews the round requires: {{count}} (marked "Under review"). Their scores and ranks can still change as judges review them.',
    disagreementCount:
      '{{count}} entries with a large spread between judges: their score sheets deserve a look.',
    noEntries: 'No entries in this category yet.',
    sensitivityTitle: 'Does the method change the result?',
    noCutOff: 'The round has no cut-off yet (entries per category or a minimum total).',
    setRule: 'Set the advancement rule',
    cutOffTopN: 'The top {{n}} of each category.',
    cutOffMinTotal: 'Minimum total: {{min}}.',
    advancesUnder: 'passes under',
    notUnder: 'fails under',
    sameResult: 'Every method gives the same list of entries above the cut-off.',
    judgesTitle: 'Judges’ severity',
    judgesIntro:
      'Positive: the judge scores more generously than the jury as a whole; negative: more severely. Judges with few scores are pulled towards 0.',
    judge: 'Judge',
    judgeScores: 'Reviews',
    judgeMean: 'Mean total',
    judgeStdDev: 'Standard deviation',
    severity: 'Offset from the jury',
    tone_generous: 'generous',
    tone_severe: 'severe',
    tone_neutral: 'neutral',
  },
};
