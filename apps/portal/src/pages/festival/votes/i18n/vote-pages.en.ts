import type { Catalogue } from '@app/platform';

/** English texts of the people's choice ballot (public page and pass page). */
export const votePagesEn: Catalogue = {
  votePage: {
    title: 'People’s choice: {{name}}',
    intro:
      'Vote for the team you liked best. One vote per person; you can change it until voting closes.',
    notOpen:
      'Voting has not opened yet. It opens after the final pitches; come back to this page then.',
    closed: 'Voting is closed. The result is shown on the hall screen.',
    finalists: 'Finalists',
    code: 'Code on your badge',
    codeHint: 'As printed, for example K7QD-3MZA-9XWP; capitals and dashes are optional.',
    codeSignedIn: 'You are signed in: leave this empty to vote as yourself, or type a badge code.',
    submit: 'Vote',
    change: 'Change my vote',
    saved: 'Your vote for {{code}} is saved. You can change it until voting closes.',
    current: 'Your vote: {{code}}',
    passVote: 'Vote for the people’s choice',
    passNotCheckedIn:
      'Once you are checked in at the door, you can vote for the people’s choice here.',
    noFinalists: 'The finalists are not known yet.',
    errors: {
      VALIDATION_FAILED: 'Choose one finalist.',
      VOTING_CLOSED: 'Voting is not open.',
      INVALID_VOTE_CODE: 'This is not a code of this festival. Check the code on your badge.',
      TOO_MANY_REQUESTS: 'Too many wrong codes from this device. Wait ten minutes and try again.',
      VOTE_NOT_FINALIST: 'Votes go to the finalists only.',
      VOTE_NEEDS_CHECK_IN:
        'Votes come from people checked in at the festival: show your pass at the door first, or type the code on your badge.',
      UNAUTHENTICATED:
        'Type the code on your badge, or sign in if you were checked in with your account’s e-mail.',
      CONFLICT: 'Your vote was being saved from another device at the same moment. Try again.',
    },
  },
};
