import type { Catalogue } from '@app/platform';

/** English texts of the judges' scoring pages. */
export const scoringPagesEn: Catalogue = {
  scoring: {
    queueTitle: 'Scoring queue',
    next: 'Score the next entry ({{code}})',
    progressAll: '{{scored}} of {{total}} entries scored.',
    progress: 'Progress: {{scored}} of {{total}}',
    empty: 'You have no entries to score yet.',
    closesAt: 'Judging closes:',
    noClose: 'not set',
    window_open: 'open',
    window_not_open: 'not open yet',
    window_closed: 'closed',
    code: 'Code',
    entryTitle: 'Title',
    status: 'Status',
    due: 'Due',
    status_assigned: 'Not started',
    status_in_progress: 'In progress (draft)',
    status_scored: 'Submitted',
    status_released: 'Released',
    readOnly_not_open:
      'Scoring has not opened yet: it runs from {{opensAt}} to {{closesAt}}. The score sheet is read-only until then.',
    readOnly_closed:
      'Scoring closed at {{closesAt}} (it opened at {{opensAt}}): the score sheet is read-only.',
    blindNote: 'Blind judging: whatever identifies the team is hidden.',
    teamName: 'Team name',
    organization: 'School or organisation',
    members: 'Members',
    video: 'Video',
    entrySection: 'The entry',
    scoreSection: 'Score sheet',
    range: '0–{{max}} points',
    commentForTeam: 'Comment for the team',
    commentHint:
      'The team may receive this comment if the organisers allow it; your name is not shown.',
    noteForOrganizers: 'Note for the organisers (not shown to the team)',
    saveDraft: 'Save draft',
    submit: 'Submit score',
    total: 'Saved total (weighted): {{total}} / {{scale}}',
    runningTotal: 'Weighted total:',
    runningTotalHint:
      'Recalculated as you type (an empty field or points out of range count as 0). The official total is the one calculated when you save.',
    scoreStatus_draft: 'draft',
    scoreStatus_submitted: 'submitted',
    othersTitle: 'Other judges’ scores',
    judgeNumber: 'Judge {{number}}',
    conflictTitle: 'Conflict of interest',
    conflictIntro:
      'If you are related to this team (family, colleague, mentor...), declare it: the entry goes to another judge and your draft is deleted.',
    conflictReason: 'Reason',
    conflictButton: 'Declare a conflict of interest',
    notice_saved: 'Draft saved.',
    notice_submitted: 'Score submitted. You can still change it until judging closes.',
    notice_released: 'Conflict recorded; the entry was handed back to be given to another judge.',
    error_invalid: 'The score sheet is not valid yet; see the marked criteria.',
    error_stale:
      'The score sheet was changed elsewhere (another tab or device). Reload the page and save again.',
    error_closed: 'Judging of this round has closed.',
    error_notOpen: 'Judging of this round has not opened yet.',
  },
};
