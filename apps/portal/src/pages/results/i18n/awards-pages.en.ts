import type { Catalogue } from '@app/platform';

/** English texts of the prizes and awards pages, and of the judges' feedback on an entry. */
export const awardsPagesEn: Catalogue = {
  prizesPage: {
    intro:
      "The contest's prizes, in the order they are given. First, second, third and consolation prizes are proposed from the final round's ranking; special prizes are chosen by the organizers. This is also the list on the contest form and the public contest page: editing it in either place edits the one list.",
    empty: 'The contest has no prizes yet.',
    add: 'Add a prize',
    editTitle: 'Edit the prize',
    kind: 'Kind of prize',
    kinds: {
      first: 'First prize',
      second: 'Second prize',
      third: 'Third prize',
      consolation: 'Consolation prize',
      special: 'Special prize',
    },
    nameHint: 'Name a special prize, e.g. "Best idea by a women-led team".',
    amount: 'Amount of each prize (VND)',
    amountHint: 'A whole number, e.g. 50,000,000; 0 for a prize without money.',
    quantity: 'Number of prizes',
    category: 'Category',
    categoryHint: "A category's prize goes only to entries of that category.",
    wholeContest: 'The whole contest',
    summary: '{{quantity}} × {{amount}}',
    forCategory: 'Category {{category}}',
    forContest: 'The whole contest',
    errors: {
      PRIZE_AWARDED:
        'This prize has been awarded (or a change for it waits for confirmation), so it cannot be deleted.',
      PRIZE_COUNT_EXCEEDED: 'The number of prizes cannot go below the awards already confirmed.',
    },
  },
  awardsPage: {
    intro:
      'Proposed from the ranking of {{round}} ({{method}}): the best entries of each category receive the prizes in order.',
    noRounds: 'The contest has no rounds yet.',
    notDecided:
      'Prizes cannot be awarded yet: {{round}} has not been decided. The proposal below is for reference only.',
    noPrizes: 'The contest has no prizes yet.',
    noRanking: 'The final round has no ranking yet.',
    pendingCount:
      '{{count}} changes wait for a second organizer to confirm them; they are not in effect yet.',
    proposalTitle: "The platform's proposal",
    rankingTitle: 'Final round ranking',
    notProposed: 'Special prizes are not proposed automatically: propose an entry with a reason.',
    noCandidates: 'No entry to propose yet.',
    tied: 'Tied with the next entry',
    inEffect: 'In effect',
    notInEffect: 'Not in effect yet',
    confirmAll: 'Confirm the whole proposal',
    confirmPrize: 'Confirm the proposal for {{prize}}',
    entryTitle: 'Idea',
    total: 'Score',
    prizesHeld: 'Prizes awarded',
    free: '{{count}} not awarded yet',
    confirmedTitle: 'Confirmed',
    noneConfirmed: 'No entry has been confirmed for this prize yet.',
    fromProposal: 'As the platform proposed',
    byChange: 'Change: {{reason}}',
    confirmedAt: 'Confirmed {{at}}',
    pendingTitle: 'Waiting for a second confirmation',
    replaces: 'instead of {{code}}',
    reason: 'Reason: {{reason}}',
    proposedByYou: 'You proposed this {{at}}. Another organizer must confirm it.',
    proposedByOther: 'Proposed by another organizer {{at}}.',
    confirmChange: 'Confirm the change for {{code}}',
    changeTitle: 'Change the proposal, with a reason',
    changeRule:
      'A change takes effect only once another organizer confirms it. Every step is kept in the audit log.',
    changeEntry: 'Entry to receive the prize',
    changeReplaces: 'Instead of',
    freePlace: '— A prize not awarded yet —',
    changeReason: 'Reason',
    proposeChange: 'Propose the change',
    withdrawTitle: 'Withdraw the prize',
    withdrawRule:
      'Take the prize back without giving it to another entry (a team found ineligible, a team that renounces its prize). It takes effect only once another organizer confirms it; the next announcement is then a correction sent to this team alone.',
    withdrawReason: 'Reason for the withdrawal',
    withdrawPropose: 'Propose withdrawing the prize of {{code}}',
    withdrawalPending: 'Withdrawal waiting for confirmation',
    withdrawalBy: '{{name}} proposed the withdrawal {{at}}.',
    withdrawalByYou: 'You proposed the withdrawal {{at}}. Another organizer must confirm it.',
    withdrawalConfirm: 'Confirm the withdrawal of the prize of {{code}}',
    withdrawalCancel: 'Cancel the withdrawal of the prize of {{code}}',
    withdrawalCount:
      '{{count}} prize withdrawals wait for a second organizer to confirm them; the prizes still stand.',
    withdrawnTitle: 'Withdrawn prizes',
    withdrawnBadge: 'Withdrawn',
    withdrawnAt: 'Withdrawn {{at}}',
    feedbackTitle: "Judges' scores and comments for the teams",
    feedbackIntro:
      "When on for a round, once the round is decided, each team sees that round's scores and comments on its entry page, without the judges' names (Judge 1, 2, ...). Off by default.",
    feedbackOn: 'On',
    feedbackOff: 'Off',
    feedbackWaits: 'teams will see them once the round is decided',
    feedbackRelease: 'Turn on for {{round}}',
    feedbackWithhold: 'Turn off for {{round}}',
    outcomes: {
      withdrawalProposed:
        'The withdrawal is recorded. The prize stands until another organizer confirms it.',
      withdrawalConfirmed:
        "The prize is withdrawn and its place is free. The next announcement will correct this team's result.",
      withdrawalCancelled: 'The withdrawal is cancelled; the prize stands.',
      proposalConfirmed: 'The proposal is confirmed; the prizes are in effect.',
      changeProposed:
        'The change is recorded. It is not in effect until another organizer confirms it.',
      changeConfirmed: 'The change is confirmed and in effect.',
      feedbackReleased: "On: teams will see the round's scores and comments once it is decided.",
      feedbackWithheld: "Off: teams no longer see the round's scores and comments.",
    },
    errors: {
      WITHDRAWAL_REASON_REQUIRED: 'Write the reason for the withdrawal.',
      AWARD_NOT_CONFIRMED: 'Only a confirmed prize can be withdrawn.',
      AWARD_WITHDRAWAL_PENDING: 'A withdrawal of this prize already waits for confirmation.',
      AWARD_WITHDRAWAL_NOT_PENDING:
        'No withdrawal of this prize waits for a decision (it may have been confirmed or cancelled). Reload the page.',
      REASON_REQUIRED: 'Write the reason for the change.',
      VALIDATION_FAILED: 'Some information is not valid.',
      FINAL_ROUND_NOT_DECIDED:
        'Prizes cannot be awarded yet: the final round has not been decided.',
      RANKING_NOT_READY: 'The final round has no ranking yet.',
      AWARD_ENTRY_NOT_FINALIST: 'Only entries that reached the final round can be awarded.',
      AWARD_WRONG_CATEGORY: "This prize is for another category's entries.",
      PRIZE_COUNT_EXCEEDED:
        'All of this prize are awarded. Choose an awarded one to replace instead.',
      AWARD_SUPERSEDED:
        'A newer proposal replaced this change (or the award it replaces is gone), so it cannot be confirmed.',
      SECOND_ORGANIZER_REQUIRED:
        'A change or a withdrawal must be confirmed by another organizer, not the one who proposed it.',
      CONFLICT:
        'The entry already holds this prize, or another organizer changed it at the same moment. Reload the page.',
    },
  },
  entryFeedback: {
    title: "Judges' scores and comments",
    intro: "The organizers released this round's scores and comments; judges are not named.",
    judge: 'Judge {{n}}',
    total: 'Total: {{total}} / {{scale}}',
    criterion: 'Criterion',
    score: 'Score',
    noComment: 'The judge left no comment.',
    noReviews: 'This entry has no reviews in this round.',
  },
};
