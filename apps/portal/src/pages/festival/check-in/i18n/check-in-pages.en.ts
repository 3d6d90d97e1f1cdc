import type { Catalogue } from '@app/platform';

/** English texts of the festival's guest registration, passes and check-in pages. */
export const checkInPagesEn: Catalogue = {
  festivalCheckIn: {
    capacity: 'Seats for guests',
    capacityHint:
      'Leave empty for no limit; guests registering once it is full join the waiting list.',
    roles: { finalist: 'Finalist team member', judge: 'Judge', guest: 'Guest' },
    register: {
      title: 'Register to attend: {{name}}',
      intro: 'Register for the festival day. Your personal pass (a QR code) comes by e-mail.',
      fullName: 'Full name',
      organisation: 'Organisation',
      email: 'E-mail',
      phone: 'Phone',
      sessions: 'Sessions you wish to attend',
      seatsLeft: '{{left}} seats left',
      full: 'full: you join the waiting list',
      submit: 'Register',
      done: 'Registered. Your pass was sent to {{email}}.',
      confirmed: 'Seat',
      waiting: 'Waiting list ({{ahead}} ahead of you)',
      link: 'Register to attend',
    },
    pass: {
      title: 'Festival pass',
      qrAlt: 'QR code of the pass',
      shortCode: 'Short code',
      show: 'Show this QR code to the staff at the door, or tell them the short code.',
      checkedIn: 'Checked in at {{at}}.',
      cancel: 'Cancel my registration',
      cancelled: 'Your registration is cancelled. Thank you for freeing your seat.',
    },
    staff: {
      title: 'Check-in',
      camera: 'Start the camera',
      cameraHint: 'Point the camera at the QR code; the page records it as soon as it reads it.',
      code: 'Or type the short code',
      submit: 'Check in',
      admitted: 'Welcome: {{name}}',
      already: 'Already checked in at {{at}}: {{name}}',
      arrivals: 'Arrivals',
    },
    offline: {
      title: 'When the network drops',
      intro:
        'This phone keeps the day’s list of passes. Without the network the page still scans and admits, and uploads the admissions when the network returns.',
      listState: 'List: __count__ people, downloaded at __at__',
      noList: 'No list yet: open this page while online before the doors open.',
      queued: 'Waiting to upload:',
      decided: 'decided offline',
      doubles: 'Double entries (two phones admitted the same person offline):',
    },
    arrivals: {
      title: 'Festival arrivals',
      role: 'Role',
      passes: 'Passes',
      arrived: 'Arrived',
      total: 'Total',
      doubleEntries: 'Double entries (two phones admitting one person offline): {{count}}',
      issue: 'Issue passes to finalists and judges',
      issued: '{{issued}} new passes issued.',
      guests: 'Registered guests',
      scan: 'Open the check-in page',
    },
    errors: {
      CHECK_IN_CODE_UNKNOWN: 'Invalid code: no pass has this code.',
      CHECK_IN_OTHER_FESTIVAL: 'This pass is for another contest’s festival.',
      FESTIVAL_REGISTRATION_CLOSED: 'The festival day is over; registration is closed.',
      FESTIVAL_SESSION_UNKNOWN: 'A chosen session is not one of this festival’s.',
      FESTIVAL_GUEST_ALREADY_REGISTERED:
        'This e-mail address is already registered for the festival.',
    },
  },
};
