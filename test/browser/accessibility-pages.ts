import type { AccessibilitySeed } from './accessibility-seed';

export type Visitor = 'anonymous' | 'applicant' | 'judge' | 'organizer' | 'admin';
export type Locale = 'vi' | 'en';

export interface PageVisit {
  /** The route as the route table prints it (`/entries/:id/edit`). */
  route: string;
  as: Visitor;
  /** The address to open, from what the seed made. */
  path: (seed: AccessibilitySeed) => string;
  /** Also checked in English (every page is checked in Vietnamese). */
  english?: boolean;
  /** The page's expected status, when it is not 200. */
  status?: number;
  /**
   * The submit button to press with the form left empty: the page is checked as it comes
   * back, with its error summary and field errors.
   */
  submitEmpty?: string;
}

/** The only submit button of the page's main form. */
const SUBMIT = 'main form button[type="submit"]';

/** Any token of the right shape: these forms are shown for every link and check it on POST. */
const LINK_TOKEN = 'dGhpcy1pcy1ub3QtYS1yZWFsLXRva2VuLWJ1dC1pdC1pcy13ZWxsLWZvcm1lZA';

/**
 * Every page of the portal, as the person who sees it. A page route added to the portal
 * is missing here until someone decides how it is visited (or why it is not, below):
 * the route-coverage test fails on it.
 */
export const PAGE_VISITS: PageVisit[] = [
  // The public
  { route: '/', as: 'anonymous', path: () => '/', english: true },
  { route: '/contests', as: 'anonymous', path: () => '/contests', english: true },
  {
    route: '/contests/:slug',
    as: 'anonymous',
    path: (s) => `/contests/${s.open.slug}`,
    english: true,
  },
  {
    route: '/contests/:slug/festival',
    as: 'anonymous',
    path: (s) => `/contests/${s.awarded.slug}/festival`,
    english: true,
  },
  {
    route: '/contests/:slug/gallery',
    as: 'anonymous',
    path: (s) => `/contests/${s.open.slug}/gallery`,
    english: true,
  },
  { route: '/register', as: 'anonymous', path: () => '/register' },
  { route: '/register/check-email', as: 'anonymous', path: () => '/register/check-email' },
  { route: '/verify-email', as: 'anonymous', path: () => `/verify-email?token=${LINK_TOKEN}` },
  { route: '/login', as: 'anonymous', path: () => '/login', english: true },
  { route: '/forgot-password', as: 'anonymous', path: () => '/forgot-password' },
  { route: '/reset-password', as: 'anonymous', path: () => `/reset-password?token=${LINK_TOKEN}` },
  {
    route: '/set-password',
    as: 'anonymous',
    path: (s) => `/set-password?token=${LINK_TOKEN}&invitation=${s.invitationId}`,
  },
  {
    route: '/membership',
    as: 'anonymous',
    path: (s) => `/membership?token=${s.membershipToken}`,
    english: true,
  },
  { route: '*', as: 'anonymous', path: () => '/khong-co-trang-nay', status: 404 },
  // Applicants
  { route: '/home', as: 'applicant', path: () => '/home', english: true },
  {
    route: '/entries/new',
    as: 'applicant',
    path: (s) => `/entries/new?contest=${s.open.slug}`,
    english: true,
  },
  {
    route: '/entries/:id/edit',
    as: 'applicant',
    path: (s) => `/entries/${s.draft.id}/edit`,
    english: true,
  },
  { route: '/entries/:id', as: 'applicant', path: (s) => `/entries/${s.submitted.id}` },
  { route: '/me/entries', as: 'applicant', path: () => '/me/entries', english: true },
  { route: '/entries/:id/submit', as: 'applicant', path: (s) => `/entries/${s.draft.id}/submit` },
  {
    route: '/entries/:id/withdraw',
    as: 'applicant',
    path: (s) => `/entries/${s.submitted.id}/withdraw`,
  },
  {
    route: '/entries/:id/gallery',
    as: 'applicant',
    path: (s) => `/entries/${s.submitted.id}/gallery`,
    english: true,
  },
  { route: '/account/password', as: 'applicant', path: () => '/account/password' },
  { route: '/me/data', as: 'applicant', path: () => '/me/data', english: true },
  // Judges
  { route: '/home', as: 'judge', path: () => '/home' },
  { route: '/judging/invitations', as: 'judge', path: () => '/judging/invitations' },
  {
    route: '/judging/invitations/:id',
    as: 'judge',
    path: (s) => `/judging/invitations/${s.invitationId}`,
  },
  { route: '/judging/conflicts', as: 'judge', path: () => '/judging/conflicts' },
  { route: '/judging/queue', as: 'judge', path: () => '/judging/queue', english: true },
  {
    route: '/judging/assignments/:id',
    as: 'judge',
    path: (s) => `/judging/assignments/${s.assignment.id}`,
    english: true,
  },
  // Organizers
  { route: '/home', as: 'organizer', path: () => '/home' },
  { route: '/organizer/contests', as: 'organizer', path: () => '/organizer/contests' },
  { route: '/organizer/contests/new', as: 'organizer', path: () => '/organizer/contests/new' },
  {
    route: '/organizer/contests/:id',
    as: 'organizer',
    path: (s) => `/organizer/contests/${s.open.id}`,
    english: true,
  },
  {
    route: '/organizer/contests/:id/categories',
    as: 'organizer',
    path: (s) => `/organizer/contests/${s.open.id}/categories`,
  },
  {
    route: '/organizer/contests/:id/categories/:categoryId',
    as: 'organizer',
    path: (s) => `/organizer/contests/${s.judging.id}/categories/${s.category.id}`,
  },
  {
    route: '/organizer/contests/:id/questions',
    as: 'organizer',
    path: (s) => `/organizer/contests/${s.open.id}/questions`,
  },
  {
    route: '/organizer/contests/:id/questions/:questionId',
    as: 'organizer',
    path: (s) => `/organizer/contests/${s.open.id}/questions/${s.question.id}`,
  },
  {
    route: '/organizer/contests/:id/rounds',
    as: 'organizer',
    path: (s) => `/organizer/contests/${s.judging.id}/rounds`,
  },
  {
    route: '/organizer/contests/:id/rounds/:roundId',
    as: 'organizer',
    path: (s) => `/organizer/contests/${s.judging.id}/rounds/${s.round.id}`,
    english: true,
  },
  {
    route: '/organizer/contests/:id/entries',
    as: 'organizer',
    path: (s) => `/organizer/contests/${s.judging.id}/entries`,
    english: true,
  },
  {
    route: '/organizer/entries/:id',
    as: 'organizer',
    path: (s) => `/organizer/entries/${s.screened.id}`,
  },
  {
    route: '/organizer/contests/:id/judges',
    as: 'organizer',
    path: (s) => `/organizer/contests/${s.judging.id}/judges`,
  },
  {
    route: '/organizer/rounds/:id/assignments',
    as: 'organizer',
    path: (s) => `/organizer/rounds/${s.round.id}/assignments`,
  },
  {
    route: '/organizer/rounds/:id/ranking',
    as: 'organizer',
    path: (s) => `/organizer/rounds/${s.round.id}/ranking`,
    english: true,
  },
  {
    route: '/organizer/rounds/:id/advancement',
    as: 'organizer',
    path: (s) => `/organizer/rounds/${s.round.id}/advancement`,
  },
  {
    route: '/organizer/contests/:id/statistics',
    as: 'organizer',
    path: (s) => `/organizer/contests/${s.judging.id}/statistics`,
    english: true,
  },
  {
    route: '/organizer/contests/:id/prizes',
    as: 'organizer',
    path: (s) => `/organizer/contests/${s.awarded.id}/prizes`,
    english: true,
  },
  {
    route: '/organizer/contests/:id/prizes/:prizeId',
    as: 'organizer',
    path: (s) => `/organizer/contests/${s.awarded.id}/prizes/new`,
  },
  {
    route: '/organizer/contests/:id/festival',
    as: 'organizer',
    path: (s) => `/organizer/contests/${s.awarded.id}/festival`,
    english: true,
  },
  {
    route: '/organizer/contests/:id/festival/meetings',
    as: 'organizer',
    path: (s) => `/organizer/contests/${s.awarded.id}/festival/meetings`,
    english: true,
  },
  {
    route: '/organizer/contests/:id/festival/sessions/:sessionId',
    as: 'organizer',
    path: (s) => `/organizer/contests/${s.awarded.id}/festival/sessions/${s.festivalSessionId}`,
    english: true,
  },
  {
    route: '/organizer/contests/:id/festival/sessions/:sessionId',
    as: 'organizer',
    path: (s) => `/organizer/contests/${s.awarded.id}/festival/sessions/new`,
    submitEmpty: SUBMIT,
  },
  {
    route: '/organizer/contests/:id/festival/booths/:boothId',
    as: 'organizer',
    path: (s) => `/organizer/contests/${s.awarded.id}/festival/booths/${s.festivalBoothId}`,
    english: true,
  },
  {
    route: '/organizer/contests/:id/festival/booths/:boothId',
    as: 'organizer',
    path: (s) => `/organizer/contests/${s.awarded.id}/festival/booths/new`,
    submitEmpty: SUBMIT,
  },
  {
    route: '/contests/:slug/festival/register',
    as: 'anonymous',
    path: (s) => `/contests/${s.awarded.slug}/festival/register`,
    english: true,
  },
  {
    route: '/festival/passes/:token',
    as: 'anonymous',
    path: (s) => `/festival/passes/${s.passToken}`,
    english: true,
  },
  {
    route: '/contests/:slug/festival/vote',
    as: 'anonymous',
    path: (s) => `/contests/${s.awarded.slug}/festival/vote`,
    english: true,
  },
  {
    route: '/contests/:slug/festival/hall',
    as: 'anonymous',
    path: (s) => `/contests/${s.awarded.slug}/festival/hall`,
    english: true,
  },
  {
    route: '/organizer/contests/:id/festival/check-in',
    as: 'organizer',
    path: (s) => `/organizer/contests/${s.awarded.id}/festival/check-in`,
    english: true,
  },
  {
    route: '/organizer/contests/:id/festival/arrivals',
    as: 'organizer',
    path: (s) => `/organizer/contests/${s.awarded.id}/festival/arrivals`,
    english: true,
  },
  {
    route: '/organizer/contests/:id/festival/live',
    as: 'organizer',
    path: (s) => `/organizer/contests/${s.awarded.id}/festival/live`,
    english: true,
  },
  {
    route: '/organizer/contests/:id/awards',
    as: 'organizer',
    path: (s) => `/organizer/contests/${s.awarded.id}/awards`,
    english: true,
  },
  {
    route: '/organizer/contests/:id/status/:to',
    as: 'organizer',
    path: (s) => `/organizer/contests/${s.open.id}/status/closed`,
    english: true,
  },
  {
    route: '/organizer/contests/:id/announcement',
    as: 'organizer',
    path: (s) => `/organizer/contests/${s.announced.id}/announcement`,
    english: true,
  },
  {
    route: '/results/:slug',
    as: 'anonymous',
    path: (s) => `/results/${s.announced.slug}`,
    english: true,
  },
  // Certificates
  {
    route: '/entries/:id/certificates',
    as: 'applicant',
    path: (s) => `/entries/${s.finalist.id}/certificates`,
    english: true,
  },
  { route: '/me/certificates', as: 'applicant', path: () => '/me/certificates', english: true },
  { route: '/me/meetings', as: 'applicant', path: () => '/me/meetings', english: true },
  { route: '/me/investor', as: 'applicant', path: () => '/me/investor', english: true },
  {
    route: '/contests/:slug/festival/investors',
    as: 'applicant',
    path: (s) => `/contests/${s.awarded.slug}/festival/investors`,
    status: 403,
    english: true,
  },
  {
    route: '/organizer/contests/:id/certificates',
    as: 'organizer',
    path: (s) => `/organizer/contests/${s.judging.id}/certificates`,
  },
  {
    route: '/certificates/verify',
    as: 'anonymous',
    path: () => '/certificates/verify',
    english: true,
  },
  {
    route: '/certificates/verify/:code',
    as: 'anonymous',
    path: (s) => `/certificates/verify/${s.certificateCode}`,
    english: true,
  },
  {
    route: '/certificates/verify/:code',
    as: 'anonymous',
    path: () => '/certificates/verify/AAAA-BBBB-CCCC',
    status: 404,
    english: true,
  },
  {
    route: '/certificates/verify/:code',
    as: 'anonymous',
    path: () => '/certificates/verify/not-a-code',
    status: 400,
  },
  // Administrators
  { route: '/home', as: 'admin', path: () => '/home' },
  { route: '/admin/users', as: 'admin', path: () => '/admin/users', english: true },
  {
    route: '/admin/users/:id',
    as: 'admin',
    path: (s) => `/admin/users/${s.users.judge.id}?role=organizer`,
    english: true,
  },
  {
    route: '/admin/personal-data',
    as: 'admin',
    path: (s) => `/admin/personal-data?email=${encodeURIComponent(s.users.applicant.email)}`,
    english: true,
  },
  // Forms as they come back with errors (every one of these is checked after its clean visit)
  { route: '/register', as: 'anonymous', path: () => '/register', submitEmpty: SUBMIT },
  { route: '/login', as: 'anonymous', path: () => '/login', submitEmpty: SUBMIT, english: true },
  {
    route: '/forgot-password',
    as: 'anonymous',
    path: () => '/forgot-password',
    submitEmpty: SUBMIT,
  },
  {
    route: '/entries/new',
    as: 'applicant',
    path: (s) => `/entries/new?contest=${s.open.slug}`,
    submitEmpty: SUBMIT,
  },
  {
    route: '/account/password',
    as: 'applicant',
    path: () => '/account/password',
    submitEmpty: SUBMIT,
  },
  { route: '/me/investor', as: 'applicant', path: () => '/me/investor', submitEmpty: SUBMIT },
  {
    route: '/judging/assignments/:id',
    as: 'judge',
    path: (s) => `/judging/assignments/${s.assignment.id}`,
    submitEmpty: 'main button[value="submit"]',
    english: true,
  },
  {
    route: '/organizer/contests/new',
    as: 'organizer',
    path: () => '/organizer/contests/new',
    submitEmpty: 'main button.button[value="save"]',
  },
  {
    route: '/organizer/contests/:id/prizes/:prizeId',
    as: 'organizer',
    path: (s) => `/organizer/contests/${s.awarded.id}/prizes/new`,
    submitEmpty: 'main form.organizer-form button[type="submit"]',
  },
  {
    route: '/contests/:slug/festival/register',
    as: 'anonymous',
    path: (s) => `/contests/${s.awarded.slug}/festival/register`,
    submitEmpty: SUBMIT,
  },
  {
    route: '/organizer/contests/:id/festival/check-in',
    as: 'organizer',
    path: (s) => `/organizer/contests/${s.awarded.id}/festival/check-in`,
    submitEmpty: SUBMIT,
  },
  {
    route: '/organizer/contests/:id/judges',
    as: 'organizer',
    path: (s) => `/organizer/contests/${s.judging.id}/judges`,
    submitEmpty: 'main form[action$="/judges"] button[type="submit"]',
  },
];

/** GET routes that are not pages, each with the reason it is not visited. */
export const NOT_PAGES: Record<string, string> = {
  '/health': 'a JSON health probe for the load balancer',
  '/metrics': 'Prometheus metrics for operators (text)',
  '/dev/mailbox': 'a development tool, not registered in production',
  '/dev/mailbox/:id': 'a development tool, not registered in production',
  '/entries/:id/files/:fileId': 'a file download',
  '/organizer/entries/:id/files/:fileId': 'a file download',
  '/judging/assignments/:id/files/:fileId': 'a file download',
  '/organizer/contests/:id/entries/export.xlsx': 'a spreadsheet download',
  '/organizer/contests/:id/entries/export.csv': 'a CSV download',
  '/organizer/contests/:id/report.xlsx': 'a spreadsheet download',
  '/organizer/rounds/:id/advancement/minutes.pdf': 'a PDF download',
  '/organizer/rounds/:id/advancement/score-sheets/:judgeUserId.pdf': 'a PDF download',
  '/me/data/download': 'a JSON download of the person’s data',
  '/gallery/images/:id': 'an image of a gallery card (its page is visited)',
  '/entries/:id/certificates/:certificateId.pdf': 'a PDF download',
  '/organizer/contests/:id/certificates.zip': 'a ZIP download',
  '/admin/personal-data/:id/download': 'a JSON download of a person’s data',
  '/organizer/contests/:id/announcement/progress.json': 'the JSON the progress bar polls',
  '/organizer/contests/:id/festival/check-in/offline-list':
    'the JSON list the check-in page keeps for the offline door',
  '/results/:slug/og/:lang.png': 'the Open Graph image of the results page',
  '/festival/passes/:token/qr.png': 'the QR image of a pass (its page is visited)',
  '/contests/:slug/festival/hall/events': 'the hall screen’s server-sent event stream',
};
