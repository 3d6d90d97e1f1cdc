import type { Catalogue } from '@app/platform';

/** English texts of a team member's results: the home page, the entry page and "My certificates". */
export const memberResultsPagesEn: Catalogue = {
  memberResults: {
    title: 'Results',
    homeTitle: 'My results',
    homeIntro: 'The results of your entries, once their contest is announced.',
    outcome: 'Result',
    outcome_prize: 'Awarded {{prizes}}',
    outcome_finalist: 'Reached the final round',
    outcome_advanced: 'Went on to {{round}}',
    outcome_not_advanced: 'Did not go on to the next round',
    outcome_ineligible: 'Did not meet the conditions of the contest',
    certificates: 'Your certificates',
    gallery: 'Show in the public gallery',
    galleryShown: 'shown',
    galleryNotShown: 'not shown',
    feedback: 'Judges’ feedback: {{round}}',
    publicResults: 'The contest’s results',
    allCertificates: 'All my certificates',
  },
  myCertificates: {
    title: 'My certificates',
    intro:
      'Certificates of the entries you lead or are a member of, once their contest is announced. A team leader also gets their teammates’ certificates to hand out.',
    none: 'You have no certificates yet. Certificates come with the announcement of a contest whose final round your entry reached.',
    entry: 'Entry',
  },
};
