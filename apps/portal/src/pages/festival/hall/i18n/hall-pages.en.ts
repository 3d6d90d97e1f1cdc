import type { Catalogue } from '@app/platform';

/** English texts of the hall screen. */
export const hallPagesEn: Catalogue = {
  hallPage: {
    title: 'Hall screen: {{name}}',
    fullScreen: 'Full screen',
    waiting: 'The final is about to begin',
    between: 'Next team, please',
    finished: 'Every team has pitched',
    pitchOf: 'Team {{position}} of {{of}}',
    pitch: 'Pitch',
    questions: 'Questions',
    overtime: 'Overtime',
    prizes: 'Results',
    prizesLeft: '{{count}} prizes still to reveal',
    peoplesChoice: 'People’s choice',
    votingOpen: 'Voting is open: vote on your phone',
    voteQr: 'QR code of the voting page',
    votes: '{{count}} votes',
    reconnecting: 'Reconnecting…',
  },
};
