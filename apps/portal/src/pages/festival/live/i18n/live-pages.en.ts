import type { Catalogue } from '@app/platform';

/** English texts of the organizers' live final page. */
export const livePagesEn: Catalogue = {
  livePage: {
    title: 'Run the final',
    intro:
      'Draw the pitch order, open and close each team’s pitch, reveal the prizes and run the people’s choice vote. The hall screens follow by themselves.',
    hallLink: 'Open the hall screen',
    now: 'Now',
    noPitch: 'No team is pitching.',
    timer: 'Each team: {{pitch}} minutes of pitch, {{questions}} minutes of questions.',
    seed: 'Draw seed (to check the draw)',
    open: 'Open the pitch',
    close: 'Close the pitch',
    draw: 'Draw the order',
    noOrder:
      'No pitch order yet: draw one per category through the API once the finalists are known.',
    revealTitle: 'Prizes',
    revealed: '{{shown}} prizes revealed, {{left}} to go.',
    revealNext: 'Reveal the next prize',
    votesTitle: 'People’s choice',
    voting_not_open: 'Voting has not opened.',
    voting_open: 'Voting is open.',
    voting_closed: 'Voting is closed.',
    openVoting: 'Open voting',
    closeVoting: 'Close voting',
    revealVotes: 'Reveal the votes',
    errors: {
      LIVE_FINAL_IN_PROGRESS: 'Not while the final is running (or the vote is still open).',
      NOTHING_TO_REVEAL: 'Every prize has been revealed.',
      VOTING_CLOSED: 'Voting has not been opened.',
      NOT_FOUND: 'Not found.',
      CONFLICT: 'Another organizer did this just now; look at the page again.',
    },
  },
};
