import type { Catalogue } from '@app/platform';
import { fieldErrorCatalogue } from './field-errors';
import { assignmentPagesEn } from '../judging/i18n/assignment-pages.en';
import { entryPagesEn } from '../entries/i18n/entry-pages.en';
import { judgingPagesEn } from '../judging/i18n/judging-pages.en';
import { organizerPagesEn } from '../contests/i18n/organizer-pages.en';
import { contestStatusPagesEn } from '../contests/i18n/contest-status-pages.en';
import { rankingPagesEn } from '../judging/i18n/ranking-pages.en';
import { advancementPagesEn } from '../judging/i18n/advancement-pages.en';
import { scoringPagesEn } from '../judging/i18n/scoring-pages.en';
import { membershipPagesEn } from '../entries/i18n/membership-pages.en';
import { personalDataPagesEn } from '../accounts/i18n/personal-data-pages.en';
import { adminUsersPagesEn } from '../accounts/i18n/admin-users-pages.en';
import { statisticsPagesEn } from '../results/i18n/statistics-pages.en';
import { galleryPagesEn } from '../results/i18n/gallery-pages.en';
import { resultsPagesEn } from '../results/i18n/results-pages.en';
import { awardsPagesEn } from '../results/i18n/awards-pages.en';
import { certificatePagesEn } from '../results/i18n/certificate-pages.en';
import { memberResultsPagesEn } from '../results/i18n/member-results-pages.en';
import { festivalPagesEn } from '../festival/i18n/festival-pages.en';
import { checkInPagesEn } from '../festival/check-in/i18n/check-in-pages.en';
import { investorPagesEn } from '../festival/investors/i18n/investor-pages.en';
import { hallPagesEn } from '../festival/hall/i18n/hall-pages.en';
import { votePagesEn } from '../festival/votes/i18n/vote-pages.en';
import { livePagesEn } from '../festival/live/i18n/live-pages.en';

/** English page texts. Keys mirror vi.ts (a unit test keeps them in step). */
export const en: Catalogue = {
  app: {
    name: 'Innovation Startup Competition',
    shortName: 'Startup Competition',
  },
  nav: {
    skip: 'Skip to main content',
    label: 'Main navigation',
    home: 'Home',
    myHome: 'My page',
    signIn: 'Sign in',
    register: 'Register',
    signOut: 'Sign out',
    changePassword: 'Change password',
    language: 'Language',
    signedInAs: 'Signed in as {{name}}',
    contests: 'Contests',
    myEntries: 'My entries',
    myData: 'My data',
    queue: 'Scoring queue',
    invitations: 'Invitations to judge',
    conflicts: 'Conflicts of interest',
  },
  footer: {
    about:
      'The platform of the provincial Innovation Startup Competition and the startup idea contests.',
    privacy:
      'Personal data is processed under the Law on Personal Data Protection No. 91/2025/QH15 and Decree 356/2025/ND-CP.',
  },
  home: {
    title: 'Welcome to the Innovation Startup Competition',
    lead: 'Where students, teams, startups and young companies register, submit their ideas, follow their results and meet investors on the startup festival day.',
    stepsTitle: 'How to take part',
    step1: 'Create an account and confirm your e-mail address.',
    step2: 'Choose an open contest, form your team and fill in your idea or project.',
    step3: 'Save drafts, submit before the deadline and receive your entry code by e-mail.',
    step4: 'Follow the screening, semi-final and final rounds and receive your results.',
    contestsTitle: 'Open contests',
    contestsSoon: 'Contests will be listed here when the organizers open registration.',
    ctaRegister: 'Create an account',
    ctaSignIn: 'Sign in',
    ctaHome: 'Go to my page',
    welcomeBack: 'Hello, {{name}}!',
    allContests: 'See all contests',
  },
  fields: {
    email: 'E-mail',
    password: 'Password',
    passwordHint:
      'At least {{min}} characters; a phrase that is easy to remember but hard to guess.',
    fullName: 'Full name',
    phone: 'Phone number',
    organization: 'Organisation / school',
    optional: '(optional)',
    currentPassword: 'Current password',
    newPassword: 'New password',
    confirmPassword: 'Repeat the new password',
    showPassword: 'Show password',
  },
  form: {
    hasErrors: 'Please check the fields marked below.',
    errorPrefix: 'Error:',
  },
  register: {
    title: 'Create an account',
    intro: 'Create an account to enter contests and follow your entries.',
    consentTitle: 'Consent to the processing of personal data',
    consentVersion: 'Text version: {{version}}',
    consentLabel:
      'I have read the above and consent to the organizers processing my personal data as described.',
    submit: 'Register',
    haveAccount: 'Already have an account?',
  },
  consent: {
    intro:
      'Under the Law on Personal Data Protection No. 91/2025/QH15 and Decree 356/2025/ND-CP, the organizers need your explicit consent before processing your personal data.',
    whatTitle: 'What we collect',
    what: 'Your full name, e-mail, password (stored only as a hash), and your phone number and organisation/school if you give them; later, your entries, team members and the documents you upload.',
    whyTitle: 'Why',
    why: 'To manage your account and entries, contact you about the competition, organise judging, announce results, award prizes and report aggregate figures to the authorities.',
    howLongTitle: 'How long',
    howLong:
      'For the duration of the competition and up to 5 years after it ends for the programme records, unless you ask for earlier deletion where the law allows.',
    rightsTitle: 'Your rights',
    rights:
      'You have the right to be informed, to give or withdraw consent, to access, correct and request deletion of your data, to restrict or object to its processing, to complain, denounce or sue, and to claim compensation as the law provides. Withdrawing consent does not affect processing carried out before.',
    rightsHow:
      'Once signed in, you download, correct or delete your data yourself on the "My data" page.',
  },
  checkEmail: {
    title: 'Check your mailbox',
    body: 'We have sent an e-mail with a confirmation link to the address you registered. Open it and follow the link to activate your account.',
    spam: 'No e-mail? Look in your spam or promotions folder; it may take a few minutes to arrive.',
    signIn: 'Go to sign in',
  },
  verify: {
    title: 'Confirm your e-mail address',
    body: 'Press the button below to finish confirming your e-mail address.',
    submit: 'Confirm e-mail',
    doneTitle: 'E-mail confirmed',
    doneBody: 'Thank you! Your account is ready.',
    failedTitle: 'The e-mail could not be confirmed',
    missingToken: 'The confirmation link is incomplete. Open the link from the e-mail again.',
  },
  login: {
    title: 'Sign in',
    submit: 'Sign in',
    forgot: 'Forgot your password?',
    noAccount: 'No account yet?',
    signedOut: 'You have signed out.',
  },
  forgot: {
    title: 'Forgot password',
    intro:
      'Enter the e-mail you registered with and we will send you a link to reset your password.',
    submit: 'Send the link',
    sentTitle: 'Check your mailbox',
    sentBody:
      'If this address belongs to an account, we have sent it a password reset link. The link works once and expires.',
  },
  reset: {
    title: 'Reset password',
    intro: 'Choose a new password for your account.',
    submit: 'Set the new password',
    doneTitle: 'Password reset',
    doneBody: 'Your new password is in effect; older sessions have been signed out.',
    failedTitle: 'The password could not be reset',
  },
  changePassword: {
    title: 'Change password',
    submit: 'Change password',
    done: 'Your password was changed. Your other sessions have been signed out.',
  },
  dashboard: {
    title: 'My page',
    greeting: 'Hello, {{name}}',
    role: 'Role: {{role}}',
    unverified:
      'Your e-mail address is not confirmed yet. Open the confirmation e-mail we sent you to be able to submit entries.',
    entriesTitle: 'My entries',
    entriesEmpty: 'You have no entries yet.',
    entriesIntro: 'Create, edit, submit and follow your entries.',
    contestsLink: 'See the open contests',
    queueTitle: 'Scoring queue',
    queueLeft: '{{left}} of {{total}} entries left to score',
    queueCloses: 'scoring closes {{closesAt}}',
    invitationsWaiting: 'You have {{count}} invitation(s) to judge waiting for your answer.',
    invitationsNone: 'No invitations are waiting for your answer.',
    queueEmpty: 'No entries are assigned to you yet.',
    contestsTitle: 'Contests',
    judgesTitle: 'Judges',
    judgesIntro:
      'Invite judges, review conflicts of interest and assign entries from each contest\'s "Judges" tab and its rounds.',
    accountTitle: 'Account',
  },
  roles: {
    applicant: 'Applicant',
    judge: 'Judge',
    organizer: 'Organizer',
    admin: 'Administrator',
  },
  errorPage: {
    title400: 'Bad request',
    title403: 'Access denied',
    title404: 'Page not found',
    title413: 'Request too large',
    title429: 'Too many requests',
    title500: 'Something went wrong',
    title503: 'Service temporarily unavailable',
    body400: 'Your request is not valid.',
    body403: 'You do not have permission to see this page.',
    body404: 'The page you are looking for does not exist or has moved.',
    body413:
      'The form you sent is larger than allowed. Shorten what you entered and send it again.',
    body429: 'You have tried too many times. Please wait a moment and try again.',
    body500: 'The system hit an unexpected problem. Please try again later.',
    body503: 'The system is temporarily unavailable. Please try again in a few minutes.',
    errorId: 'Error reference: {{id}}',
    backHome: 'Back to the home page',
  },
  errors: {
    CSRF_FAILED: 'The form has expired or is not valid. Reload the page and send the form again.',
    EMAIL_TAKEN: 'This e-mail is already used by another account.',
    WEAK_PASSWORD:
      'This password is too weak. Use at least {{min}} characters, leave out your e-mail and avoid common passwords.',
    CONSENT_REQUIRED: 'You need to consent to the processing of personal data to register.',
    INVALID_CREDENTIALS: 'The e-mail or password is not correct.',
    WRONG_CURRENT_PASSWORD: 'The current password is not correct.',
    INVALID_TOKEN: 'The link is not valid or has already been used.',
    TOKEN_EXPIRED: 'The link has expired. Ask for a new one.',
    VALIDATION_FAILED: 'Some of the information is not valid.',
    TOO_MANY_REQUESTS: 'You have tried too many times. Please wait a moment and try again.',
    EMAIL_NOT_VERIFIED: 'Confirm your e-mail address before creating or submitting an entry.',
    DEADLINE_PASSED: 'The deadline of this contest has passed.',
    CONTEST_NOT_OPEN: 'This contest is not taking entries now.',
    ENTRY_LOCKED: 'An entry in this status cannot be changed.',
    ENTRY_INCOMPLETE: 'The entry lacks required parts and cannot be submitted yet.',
    NOT_ELIGIBLE: 'The entry does not meet the eligibility rules:',
    UNSUPPORTED_FILE_TYPE:
      'This type of file is not accepted. Pitch decks and business plans must be PDF; images PNG, JPG or WEBP.',
    FILE_TOO_LARGE: 'The file is larger than allowed.',
    EMPTY_FILE: 'The file is empty. Choose it again.',
    TOO_MANY_FILES:
      'The entry holds the maximum number of files. Delete one before uploading another.',
    MALFORMED_UPLOAD:
      'The upload could not be read. Choose the kind of document and one file, then try again.',
    PDF_NOT_ANONYMISABLE:
      'This PDF is encrypted or cannot be read, so its author and hidden metadata cannot be removed before a blind judge gets it. Please ask the organisers for a suitable copy.',
    LAST_ADMIN:
      'This is the only administrator account. Appoint another administrator before deleting it.',
    OWN_ADMIN_ROLE: 'You cannot remove your own administrator role. Ask another administrator.',
    OPEN_ASSIGNMENTS:
      'Assigned entries still wait for your score. Finish them, or ask the organizers to reassign them, before deleting the account.',
  },
  fieldErrors: fieldErrorCatalogue('en'),
  ...entryPagesEn,
  ...organizerPagesEn,
  ...contestStatusPagesEn,
  ...judgingPagesEn,
  ...rankingPagesEn,
  ...advancementPagesEn,
  ...scoringPagesEn,
  ...assignmentPagesEn,
  ...membershipPagesEn,
  ...personalDataPagesEn,
  ...adminUsersPagesEn,
  ...statisticsPagesEn,
  ...galleryPagesEn,
  ...resultsPagesEn,
  ...awardsPagesEn,
  ...certificatePagesEn,
  ...memberResultsPagesEn,
  ...festivalPagesEn,
  ...checkInPagesEn,
  ...investorPagesEn,
  ...hallPagesEn,
  ...votePagesEn,
  ...livePagesEn,
};
