import type { Catalogue } from '@app/platform';

/** English texts of a contest's status changes: the choices, their consequences, the confirmation. */
export const contestStatusPagesEn: Catalogue = {
  statusChange: {
    choicesTitle: 'Can move to',
    moveTo_open: 'Open for entries',
    moveTo_closed: 'Close entries',
    moveTo_judging: 'Start judging',
    review: 'See the consequences and confirm',
    notReady: 'Not possible yet:',
    judgingEnd:
      'The contest is being judged. “Announced” is reached only by announcing the results, not by a status change.',
    announcedEnd: 'The results are announced; the status can no longer change.',
    confirmTitle: 'Confirm the status change',
    fromTo: 'From “{{from}}” to “{{to}}”.',
    consequencesTitle: 'What will happen',
    confirmButton: 'Confirm: {{action}}',
    confirmMissing: 'Press the confirm button to change the status.',
    back: 'Back to the contest settings',
    consequence: {
      becomesPublic:
        'The contest page becomes public; teams register from {{opensAt}} and submit entries until {{deadline}}.',
      stopsEarly: 'Entries stop now, before the published deadline ({{deadline}}).',
      stopsAfterDeadline:
        'The deadline ({{deadline}}) has passed; closing changes nothing for the teams.',
      draftsStopped: '{{count}} draft entries can no longer be submitted (they are kept).',
      submittedFrozen: '{{count}} submitted entries can no longer be changed or withdrawn.',
      reopensUntil: 'Teams may change and submit entries again, until {{deadline}}.',
      reopenPastDeadline:
        'The deadline ({{deadline}}) has passed: nobody can submit until the organizers move it.',
      draftsNotJudged: '{{count}} entries still in draft will never be judged.',
      judgingFinal: 'Judges can be assigned; entries can never be reopened after this step.',
      mailsTeams: '{{count}} teams will be told by e-mail.',
      mailsNobody: 'Nobody is mailed.',
    },
  },
};
