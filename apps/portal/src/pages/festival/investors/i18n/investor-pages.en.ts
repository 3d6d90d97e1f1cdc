import type { Catalogue } from '@app/platform';

/** English texts of the festival's investor-connection pages. */
export const investorPagesEn: Catalogue = {
  festivalMeetings: {
    title: 'Investor connection',
    link: 'Investor connection',
    intro:
      'Approve investor profiles, set the meeting slots of the festival day, and see every meeting request and the day’s meeting list.',
    dayTitle: 'The day’s meetings',
    dayEmpty: 'No meeting confirmed yet.',
    requestsTitle: 'Every meeting request',
    requestsEmpty: 'No meeting request yet.',
    later: 'Later, after the festival',
    statuses: { pending: 'Waiting for the team', accepted: 'Accepted', declined: 'Declined' },
    slotsTitle: 'Meeting slots',
    slotsEmpty: 'No slot yet.',
    taken: 'taken',
    free: 'free',
    startTime: 'Starts',
    endTime: 'Ends',
    place: 'Table / room',
    addSlot: 'Add a slot',
    investorsTitle: 'Investor profiles',
    investorsEmpty: 'No investor profile yet.',
    kinds: {
      fund: 'Investment fund',
      angel: 'Angel investor',
      company: 'Company',
      national_fund: 'National startup fund',
    },
    investorStatuses: { pending: 'Waiting', approved: 'Approved', refused: 'Refused' },
    approve: 'Approve',
    refuse: 'Refuse',
    notice_slot: 'The slot is added.',
    notice_decided: 'The decision is recorded and the investor told by mail.',
  },
};
