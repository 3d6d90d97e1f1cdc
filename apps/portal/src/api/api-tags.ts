/**
 * The one list of the API's OpenAPI tags. Controllers name their tag through `ApiTag`,
 * bootstrap.ts registers every tag with its description, and the OpenAPI e2e test fails
 * on an operation whose tag is not here, so the document's groups cannot drift apart.
 */
export enum ApiTag {
  auth = 'auth',
  me = 'me',
  users = 'users',
  health = 'health',
  contests = 'contests',
  rounds = 'rounds',
  entries = 'entries',
  entriesOrganizers = 'entries (organizers)',
  attachments = 'attachments',
  memberships = 'memberships',
  judges = 'judges',
  conflicts = 'conflicts',
  judging = 'judging',
  assignments = 'assignments',
  rankings = 'rankings',
  advancement = 'advancement',
  awards = 'awards',
  announcement = 'announcement',
  feedback = 'feedback',
  certificates = 'certificates',
  gallery = 'gallery',
  reports = 'reports (organizers)',
  festival = 'festival',
}

/** The description of each tag; a `Record`, so the compiler refuses a tag without one. */
export const API_TAG_DESCRIPTIONS: Readonly<Record<ApiTag, string>> = {
  [ApiTag.auth]:
    'Accounts and sessions: registration with e-mail verification, sign-in with bearer tokens, refresh, sign-out and password reset. Throttled per client address.',
  [ApiTag.me]: "The signed-in person's own account: profile, personal data export and deletion.",
  [ApiTag.users]:
    "Administrators' work on other people's accounts: roles, and corrections, exports and erasure on a written request; all audited.",
  [ApiTag.health]: 'Reachability of the database (and Redis) for load balancers.',
  [ApiTag.contests]:
    'Published contests for everyone; for organizers the configuration, status changes, categories (bảng) and extra entry-form questions.',
  [ApiTag.rounds]: 'Judging rounds and their rubrics, for organizers.',
  [ApiTag.entries]:
    "The applicant's side of an entry: draft, edit, submit with a receipt, withdraw, reopen. Another team's entry answers 404.",
  [ApiTag.entriesOrganizers]:
    "Organizers' side of entries: screening, the filtered list and the XLSX/CSV exports.",
  [ApiTag.attachments]:
    'Files of an entry (pitch deck, business plan, images): multipart upload checked by content, download and removal.',
  [ApiTag.memberships]:
    'Team members confirm or decline their place through the mailed link; the leader can have a link sent again.',
  [ApiTag.judges]:
    'Judges of a contest: organizers invite them, the invited judge answers, sets a first password and chooses whether to be named on the results.',
  [ApiTag.conflicts]:
    'Conflicts of interest: declared by judges in advance, recorded by organizers, detected from teams, and the review of pending declarations.',
  [ApiTag.judging]:
    "The judge's own scoring: the queue of assignments, the entry as the judge may see it, scores with optimistic locking, conflicts on an assignment and the files.",
  [ApiTag.assignments]:
    'Entries entering rounds and the assignment of judges to them (automatic and by hand), for organizers.',
  [ApiTag.rankings]:
    "A round's ranking by every method side by side, for organizers only (judges and applicants never see it).",
  [ApiTag.advancement]:
    "Who advances from a round: the rule's proposal, overrides confirmed by a second organizer, the decision and its PDF paperwork.",
  [ApiTag.awards]:
    "A contest's prizes and their awards: the platform's proposal, confirmations and changes confirmed by a second organizer.",
  [ApiTag.announcement]:
    'The announcement of the results (preview, announce or correct, mail progress) and the public results once announced.',
  [ApiTag.feedback]:
    "Judges' comments and scores released to teams per round: the organizers' setting and the team's anonymised view.",
  [ApiTag.certificates]:
    "Certificates: a team's list and PDFs, the organizers' ZIP and settings, and the public verification of a code.",
  [ApiTag.gallery]: "The public gallery of ideas and a team's place in it.",
  [ApiTag.reports]: 'The contest in numbers and its XLSX report for the province, for organizers.',
  [ApiTag.festival]:
    'The festival day: its programme (sessions, booths), published for everyone, and its calendar files.',
};
