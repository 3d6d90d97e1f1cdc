import type { Catalogue } from '@app/platform';

/** English texts of the advancement page. */
export const advancementPagesEn: Catalogue = {
  advancementPage: {
    title: 'Advancement',
    heading: 'Advancement after round {{position}}: {{name}}',
    saved: 'Saved.',
    decidedAt: 'The round was decided at {{at}}; the result is final.',
    minutesPdf: 'Download the judging minutes (PDF)',
    rankingLink: 'See the ranking',
    scoreSheets: "Each judge's score sheet (PDF)",
    ruleTitle: 'Advancement rule',
    ruleIntro:
      'The rule needs at least one of two conditions: entries advancing per category, or a minimum total. The others are optional.',
    ruleMissing:
      'The round has no advancement rule yet, so no entry is proposed and the round cannot be decided. Set the entries advancing per category or a minimum total.',
    ruleMissingDecide:
      'The round cannot be decided yet: it has no advancement rule (entries per category or a minimum total).',
    setRule: 'Set the advancement rule',
    method: 'Ranking method the decision uses',
    topN: 'Entries advancing per category',
    minTotal: 'Minimum total',
    minReviews: 'Minimum number of reviews',
    zeroVeto: 'Exclude entries with a criterion scored 0',
    tieBreak: 'Tie-break chain',
    tieBreakHint:
      'When entries are tied on total at the cut-off, they are compared step by step as below; empty steps are skipped.',
    tieBreakStep: 'Step {{n}}',
    tieBreakNone: '— None —',
    saveRule: 'Save the rule',
    proposalTitle: 'Proposed list',
    noRanking: 'This round has no ranking yet.',
    advancingCount: '{{count}} of {{total}} entries advance',
    entryTitle: 'Entry title',
    total: 'Score',
    reviews: 'Reviews',
    rank: 'Rank',
    decision: 'Decision',
    reasons: 'Reasons',
    advances: 'Advances',
    stops: 'Stops',
    byOverride: 'By a confirmed override: {{reason}}',
    noDecision: 'Not decided',
    pendingOverrideOf: 'Override awaiting confirmation: {{decision}} (not counted)',
    underReview: 'Under review',
    underReviewCount:
      'Entries with fewer than the {{required}} reviews the round requires: {{count}} (marked "Under review"). Their scores, ranks and proposals can still change as judges review them.',
    underReviewDecide:
      'Entries still under review: {{count}}. Deciding now decides them on incomplete scores.',
    trailTitle: 'Ties at the cut-off',
    trailIntro:
      'Category "{{category}}": {{contenders}} tied on {{total}} for {{seats}} remaining seat(s).',
    trailAdvance: 'advance: {{codes}}',
    trailEliminate: 'stop: {{codes}}',
    trailTied: 'still tied: {{codes}}',
    trailAllTied:
      'No step separated them: all advance, because ties at the cut-off are not broken by chance.',
    noTrail: 'No ties at the cut-off.',
    overridesTitle: "Organizers' overrides",
    noOverrides: 'No overrides yet.',
    overrideProposes: 'Proposed: {{decision}}',
    proposedByYou: 'Proposed by you at {{at}}.',
    proposedByOther: 'Proposed by another organizer at {{at}}.',
    confirmedAt: 'Confirmed at {{at}}: in effect',
    pending: 'Awaiting a second organizer: not in effect',
    pendingMine: 'You cannot confirm your own proposal; another organizer needs to.',
    pendingNeverCounted: 'Not confirmed before the round was decided: never in effect',
    confirmOverride: 'Confirm the override for {{code}}',
    overrideEntry: 'Entry',
    overrideReason: 'Reason (required)',
    proposeOverride: 'Propose an override',
    superseded: 'Superseded',
    overrideRule:
      'Each entry has at most one effective override. A new proposal for an entry replaces its proposal that is waiting for confirmation; a confirmed override stops counting only when a newer proposal is confirmed by another organizer.',
    outcomes: {
      proposed:
        'The proposal for {{code}} is recorded; it counts once another organizer confirms it.',
      supersededPending:
        'The new proposal for {{code}} is recorded. The earlier proposal for this entry that was waiting for confirmation has been replaced and can no longer be confirmed: an entry has only one proposal waiting at a time.',
      replacesConfirmed:
        'The new proposal for {{code}} is recorded. The override confirmed earlier stays in effect until another organizer confirms the new one.',
      confirmed: 'The override for {{code}} is confirmed.',
      confirmedReplacing:
        'The override for {{code}} is confirmed. The override confirmed earlier for this entry no longer counts: an entry has only one effective override.',
    },
    advanceTitle: 'Decide the round',
    advanceWarning:
      'The decision is final: entry statuses change and every team gets a mail. It cannot be undone.',
    advanceConfirm: 'I confirm that {{count}} entries advance as listed above.',
    advanceButton: 'Decide and notify the teams',
    errors: {
      CONFIRM_REQUIRED: 'Tick the confirmation box before deciding.',
      VALIDATION_FAILED: 'Some input is not valid; check the fields and the reason.',
      ROUND_DECIDED: 'This round has already been decided.',
      SECOND_ORGANIZER_REQUIRED:
        'An override must be confirmed by an organizer other than the one who proposed it.',
      RANKING_NOT_READY: 'The round has no ranking yet.',
      ADVANCEMENT_RULE_MISSING:
        'The round cannot be decided yet: set the advancement rule (entries per category or a minimum total) first.',
      TIE_BREAK_REPEATED: 'Each tie-break step can be chosen once; remove the repeated step.',
      CONFLICT:
        'The override is already confirmed, or another organizer has just changed the overrides of this entry; reload the page.',
      OVERRIDE_SUPERSEDED:
        'A newer proposal for the same entry has replaced this one; it can no longer be confirmed.',
      STALE_VERSION: 'Someone changed the round meanwhile; reload the page.',
    },
  },
};
