import type { Catalogue } from '@app/platform';

/** English texts of the judges' and conflicts-of-interest pages. */
export const judgingPagesEn: Catalogue = {
  jury: {
    setPassword: {
      title: 'Choose the password of your judge account',
      intro: 'Choose a password to sign in and answer the invitation to the jury.',
      submit: 'Set password',
      doneTitle: 'Password set',
      doneBody: 'You can now sign in to accept or decline the invitation.',
      failedTitle: 'The password could not be set',
      failedBody: 'Ask the organisers for a new invitation.',
    },
    invitations: {
      title: 'Invitations to judge',
      empty: 'You have no invitations.',
    },
    invitation: {
      title: 'Invitation to the jury',
      intro:
        'If you accept, you will be assigned entries of the contest to score, except those you have a conflict of interest with.',
      categories: 'Categories',
      fields: 'Fields',
      accept: 'Accept',
      decline: 'Decline',
      acceptedNote: 'You have accepted. To withdraw, contact the organisers.',
    },
    status: { invited: 'Invited', accepted: 'Accepted', declined: 'Declined' },
    subjects: {
      entry: 'Entry',
      person: 'Person (e-mail)',
      organization: 'School or organisation',
      email_domain: 'E-mail domain',
    },
    sources: {
      declared: 'Declared by the judge',
      recorded: 'Recorded by organisers',
      detected: 'Detected',
    },
    conflicts: {
      title: 'Conflicts of interest',
      intro:
        'Declare in advance the people, schools, organisations or e-mail domains you are related to: you will not be assigned their entries.',
      contest: 'Contest',
      subject: 'Kind',
      value: 'What',
      valueHint: 'An e-mail address, a school or organisation, or a domain such as school.edu.vn.',
      recordValueHint: 'An entry id, an e-mail address, a school or organisation, or a domain.',
      reason: 'Reason',
      source: 'Source',
      withdraw: 'Withdraw',
      empty: 'No conflicts of interest declared yet.',
      declare: 'Declare a conflict',
      record: 'Record a conflict',
      pairs: 'Judges and entries in conflict',
      entry: 'Entry',
      reasons: 'Reasons',
      noPairs: 'No judge is in conflict with any entry.',
      status: 'Status',
      blindNote:
        'In a blind contest, a declaration you make once you have been assigned entries waits for the organisers’ review, and no page says which entry it matches. Withdrawing a declaration brings no entry back to your queue.',
    },
    conflictStatus: {
      effective: 'In effect',
      pending: 'Waiting for the organisers’ review',
      rejected: 'Not accepted',
    },
    reviews: {
      title: 'Declarations waiting for review',
      intro:
        'Judges of a blind contest declared these after being assigned entries, so they do not count yet: applied at once, an entry leaving the queue would tell the judge who the team is. Decide on the reason given. Accept: the judge’s assignments of the matching entries go to other judges (their scores are deleted); the judge gets no mail. Reject: nothing changes.',
      matches: 'Matching entries',
      noMatch: 'Matches no current entry.',
      assignments: 'judged now: {{count}} assignments will be moved',
      accept: 'Accept',
      reject: 'Reject',
    },
    judges: {
      title: 'Jury',
      name: 'Judge',
      nameHint: 'Used only when a new account is created.',
      email: 'E-mail',
      organization: 'Organisation',
      scope: 'Categories · fields',
      status: 'Status',
      anyCategory: 'any category',
      anyField: 'any field',
      empty: 'No judges invited yet.',
      invite: 'Invite a judge',
      inviteSubmit: 'Send the invitation',
      categories: 'Categories to judge',
      fields: 'Fields to judge',
    },
    notice: {
      invited: 'Invitation sent.',
      recorded: 'Conflict of interest recorded.',
      deleted: 'Deleted.',
      saved: 'Declaration recorded; it is in effect.',
      pending: 'Declaration recorded; the organisers will review it.',
      accepted: 'Declaration accepted; the assignments concerned have been moved.',
      rejected: 'Recorded: the declaration is not accepted.',
    },
    errors: {
      VALIDATION_FAILED: 'Some information is not valid. Please check it.',
      CANNOT_JUDGE:
        'This account cannot judge the contest (an organiser account, or someone taking part).',
      CONFLICT: 'This clashed with another change. Please try again.',
      FORBIDDEN: 'You are not allowed to do this.',
      INVALID_STATUS_TRANSITION: 'This answer cannot be changed. Please contact the organisers.',
      NOT_FOUND: 'Not found.',
    },
  },
};
