/**
 * The data each mail needs, by template name: the one list the outbox, the renderer and
 * the tests are checked against. A caller writing a mail with a name not listed here, or
 * with the wrong data, fails to compile instead of failing in the worker. Values are
 * plain scalars (the row stores them as JSON); instants are ISO 8601 text, links
 * absolute http(s) URLs.
 *
 * Adding a template: its data type here, its name in MAIL_TEMPLATE_NAMES and its layout in
 * MAIL_TEMPLATES (mail.templates.ts), its texts in the catalogue, and sample data in the
 * renderer's spec.
 */
export interface MailTemplates {
  'verify-email': { fullName: string; link: string };
  'password-reset': { fullName: string; link: string };
  'password-changed': { fullName: string; time: string };
  welcome: { fullName: string; link: string };
  'entry-eligible': { fullName: string; code: string; title: string; contestName: string };
  'entry-ineligible': {
    fullName: string;
    code: string;
    title: string;
    contestName: string;
    reason: string;
  };
  'deadline-reminder': {
    fullName: string;
    contestName: string;
    entryTitle: string;
    entryCode: string;
    deadline: string;
    link: string;
  };
  'judging-reminder': {
    fullName: string;
    /** The judge's title from their profile ("PGS.TS."), null when none: the greeting is formal. */
    honorific: string | null;
    contestName: string;
    roundName: string;
    unscored: string;
    closesAt: string;
    link: string;
  };
  'entry-receipt': {
    fullName: string;
    code: string;
    title: string;
    contestName: string;
    submittedAt: string;
    link: string;
  };
  'entry-withdrawn': { fullName: string; code: string; title: string; contestName: string };
  'judging-assignments-digest': {
    fullName: string;
    /** The judge's title from their profile ("PGS.TS."), null when none: the greeting is formal. */
    honorific: string | null;
    count: number;
    contestName: string;
    roundName: string;
    link: string;
  };
  'judge-invitation': {
    fullName: string;
    /** The judge's title from their profile ("PGS.TS."), null when none: the greeting is formal. */
    honorific: string | null;
    contestName: string;
    link: string;
  };
  'judge-invitation-new': {
    fullName: string;
    /** The judge's title from their profile ("PGS.TS."), null when none: the greeting is formal. */
    honorific: string | null;
    contestName: string;
    link: string;
  };
  'round-advanced': {
    fullName: string;
    code: string;
    title: string;
    contestName: string;
    roundName: string;
    /** Null when the contest does not share judges' comments, or there are none. */
    comments: string | null;
  };
  'round-not-advanced': {
    fullName: string;
    code: string;
    title: string;
    contestName: string;
    roundName: string;
    /** Null when the contest does not share judges' comments, or there are none. */
    comments: string | null;
  };
  'team-membership': {
    fullName: string;
    leaderName: string;
    title: string;
    code: string;
    contestName: string;
    link: string;
    declineLink: string;
    expiresAt: string;
  };
  'contest-closed-early': {
    fullName: string;
    contestName: string;
    code: string;
    title: string;
    /** The published deadline (grace included) the closing came before. */
    deadline: string;
    closedAt: string;
  };
  'contest-reopened': {
    fullName: string;
    contestName: string;
    code: string;
    title: string;
    deadline: string;
    link: string;
  };
  /** The announcement of results, one template per outcome; `link` is the public results page. */
  'results-prize': ResultsMail & {
    /** The prize's name in the recipient's language (two names joined for two prizes). */
    prizeName: string;
    /** The team's certificates page (every member downloads their own there). */
    certificatesLink: string;
  };
  'results-finalist': ResultsMail & {
    /** The team's certificates page (every member downloads their own there). */
    certificatesLink: string;
  };
  'results-advanced': ResultsMail & {
    /** The last round the entry reached. */
    roundName: string;
  };
  'results-not-advanced': ResultsMail;
  'results-ineligible': ResultsMail;
  /** A later announcement version: the entry's outcome changed. */
  'results-correction': ResultsMail & {
    /** The new outcome in words, in the recipient's language. */
    outcome: string;
  };
  /** A personal festival pass: its page (with the QR code) and the short code to type. */
  'festival-pass': {
    fullName: string;
    festivalName: string;
    /** `20/12/2026`. */
    day: string;
    venue: string;
    shortCode: string;
    link: string;
    /** What the QR code holds; the sender draws it (never shown as text). */
    token: string;
  };
  /** A guest moved up from a session's waiting list. */
  'festival-guest-promoted': {
    fullName: string;
    festivalName: string;
    sessionTitle: string;
    /** `09:45–11:00`. */
    times: string;
    link: string;
  };
  /** The festival's programme, with its calendar file (and one of the recipient's own sessions). */
  'festival-programme': {
    fullName: string;
    festivalName: string;
    day: string;
    venue: string;
    /** The public programme page. */
    link: string;
    /** The calendar is made from the programme as it is when the mail is sent. */
    contestId: string;
    /** The recipient's own sessions, comma-separated ids; empty for none. */
    sessionIds?: string;
  };
  /** A session the recipient is part of moved; the calendar file updates their event. */
  'festival-session-changed': {
    fullName: string;
    festivalName: string;
    sessionTitle: string;
    day: string;
    /** `09:45–11:00`. */
    times: string;
    /** Room and venue. */
    place: string;
    link: string;
    contestId: string;
    sessionId: string;
  };
  /**
   * The festival's date or venue changed: to everyone the programme goes to, with the
   * programme's calendar files as they are when the mail leaves (every event re-sequenced).
   */
  'festival-day-changed': {
    fullName: string;
    festivalName: string;
    /** The new day and venue. */
    day: string;
    venue: string;
    link: string;
    contestId: string;
    /** The recipient's own sessions, comma-separated ids; empty for none. */
    sessionIds?: string;
  };
  /**
   * A session was cancelled (deleted). The session is gone when the mail leaves, so the
   * row carries what its cancelled event is made of: UID source, SEQUENCE and instants.
   */
  'festival-session-cancelled': {
    fullName: string;
    festivalName: string;
    sessionTitle: string;
    day: string;
    /** `09:45–11:00`. */
    times: string;
    place: string;
    link: string;
    sessionId: string;
    /** The cancelled event's SEQUENCE: one above the last one mailed. */
    sequence: number;
    /** ISO 8601 instants of the cancelled event. */
    startsAt: string;
    endsAt: string;
  };
  /** An investor application approved; the link opens the contests (and their festivals). */
  'investor-approved': { fullName: string; organisation: string; link: string };
  'investor-refused': { fullName: string; organisation: string };
  /** To a finalist team's owner: an investor asks to meet. `when`: slot or the proposal. */
  /** `link`: the team's meetings page, where the owner accepts or declines. */
  'meeting-requested': MeetingMail & { message: string; link: string };
  /** To both sides of an accepted festival-slot meeting; `link` is its calendar file. */
  'meeting-accepted': MeetingMail & { link: string };
  /** To both sides of an accepted meeting later (no time yet, so no calendar file). */
  'meeting-accepted-later': MeetingMail;
  /** To the investor whose request the team declined. */
  'meeting-declined': MeetingMail;
}

/** What every meeting mail says: whom, which investor, which team's idea, when and where. */
type MeetingMail = {
  fullName: string;
  investorName: string;
  organisation: string;
  entryTitle: string;
  /** `20/12/2026 14:00–14:20, Bàn 3`, or the investor's proposal for later. */
  when: string;
};

/** What every results mail says: whom, which entry, which contest, and the results page. */
type ResultsMail = {
  fullName: string;
  code: string;
  title: string;
  contestName: string;
  link: string;
};
