import type { MailTemplates } from './mail-template-data';
import type { MailAttachmentKind } from '../delivery/mail-attachments';

export type { MailTemplates } from './mail-template-data';

export type MailTemplate = keyof MailTemplates;

/** Compiles only when `names` lists every template; the error names the missing ones. */
function everyTemplate<const N extends readonly MailTemplate[]>(
  names: N &
    ([Exclude<MailTemplate, N[number]>] extends [never]
      ? unknown
      : { missing: Exclude<MailTemplate, N[number]> }),
): N {
  return names;
}

/** Every template name, once: what tests iterate over. */
export const MAIL_TEMPLATE_NAMES = everyTemplate([
  'verify-email',
  'password-reset',
  'password-changed',
  'welcome',
  'entry-eligible',
  'entry-ineligible',
  'deadline-reminder',
  'judging-reminder',
  'entry-receipt',
  'entry-withdrawn',
  'judging-assignments-digest',
  'judge-invitation',
  'judge-invitation-new',
  'round-advanced',
  'round-not-advanced',
  'team-membership',
  'contest-closed-early',
  'contest-reopened',
  'results-prize',
  'results-finalist',
  'results-advanced',
  'results-not-advanced',
  'results-ineligible',
  'results-correction',
  'festival-pass',
  'festival-guest-promoted',
  'festival-programme',
  'festival-session-changed',
  'festival-day-changed',
  'festival-session-cancelled',
  'investor-approved',
  'investor-refused',
  'meeting-requested',
  'meeting-accepted',
  'meeting-accepted-later',
  'meeting-declined',
]);

/**
 * What each mail says: its catalogue keys in order, the data it needs, and an optional
 * button whose target is one of the data fields. Texts live in the catalogue
 * (mail.catalogue.ts); the two layouts below turn a template into HTML and plain text.
 * `F` is the template's data fields, so a layout cannot name a field its data lacks.
 */
export interface MailTemplateSpec<F extends string = string> {
  /** Data fields the caller must provide. */
  fields: readonly F[];
  /** Catalogue keys (below the template's namespace) of the paragraphs before the button. */
  before: readonly string[];
  action?: { label: string; linkField: F };
  /** Paragraphs after the button. */
  after: readonly string[];
  /** Data fields holding instants, shown as local time in Asia/Ho_Chi_Minh. */
  timeFields?: readonly F[];
  /** Data fields that may be absent; the paragraph of the same key is left out when its field is. */
  optionalFields?: readonly F[];
  /**
   * Mails to judges open formally with the title from their profile ("Kính gửi PGS.TS.
   * Nguyễn Văn A,"); the data then carries `honorific`.
   */
  formal?: true;
  /** Files made at send time from the row's data (see delivery/mail-attachments.ts). */
  attachments?: readonly MailAttachmentKind[];
  /** Data fields the attachments are made from; never shown in the text. */
  attachmentFields?: readonly F[];
  /** One of the attachments shown in the HTML after the paragraphs before the button; `alt` is a catalogue key. */
  inlineImage?: { attachment: MailAttachmentKind; alt: string };
}

export const MAIL_TEMPLATES = {
  'verify-email': {
    fields: ['fullName', 'link'],
    before: ['intro'],
    action: { label: 'action', linkField: 'link' },
    after: ['expiry', 'common.ignore'],
  },
  'password-reset': {
    fields: ['fullName', 'link'],
    before: ['intro'],
    action: { label: 'action', linkField: 'link' },
    after: ['expiry', 'common.ignore'],
  },
  'password-changed': {
    fields: ['fullName', 'time'],
    before: ['intro', 'warning'],
    after: [],
    timeFields: ['time'],
  },
  welcome: {
    fields: ['fullName', 'link'],
    before: ['intro'],
    action: { label: 'action', linkField: 'link' },
    after: [],
  },
  'entry-eligible': {
    fields: ['fullName', 'code', 'title', 'contestName'],
    before: ['intro', 'next'],
    after: [],
  },
  'entry-ineligible': {
    fields: ['fullName', 'code', 'title', 'contestName', 'reason'],
    before: ['intro', 'reason'],
    after: ['contact'],
  },
  'deadline-reminder': {
    fields: ['fullName', 'contestName', 'entryTitle', 'entryCode', 'deadline', 'link'],
    before: ['intro', 'deadline'],
    action: { label: 'action', linkField: 'link' },
    after: ['already'],
    timeFields: ['deadline'],
  },
  'judging-reminder': {
    fields: ['fullName', 'contestName', 'roundName', 'unscored', 'closesAt', 'link'],
    before: ['intro', 'deadline'],
    action: { label: 'action', linkField: 'link' },
    after: ['draft'],
    timeFields: ['closesAt'],
    optionalFields: ['honorific'],
    formal: true,
  },
  'entry-receipt': {
    fields: ['fullName', 'code', 'title', 'contestName', 'submittedAt', 'link'],
    before: ['intro', 'details'],
    action: { label: 'action', linkField: 'link' },
    after: ['editable'],
    timeFields: ['submittedAt'],
  },
  'entry-withdrawn': {
    fields: ['fullName', 'code', 'title', 'contestName'],
    before: ['intro'],
    after: ['contact'],
  },
  'judging-assignments-digest': {
    fields: ['fullName', 'count', 'contestName', 'roundName', 'link'],
    before: ['intro', 'queue'],
    action: { label: 'action', linkField: 'link' },
    after: ['conflict'],
    optionalFields: ['honorific'],
    formal: true,
  },
  'judge-invitation': {
    fields: ['fullName', 'contestName', 'link'],
    before: ['intro', 'next'],
    action: { label: 'action', linkField: 'link' },
    after: [],
    optionalFields: ['honorific'],
    formal: true,
  },
  'judge-invitation-new': {
    fields: ['fullName', 'contestName', 'link'],
    before: ['intro', 'account'],
    action: { label: 'action', linkField: 'link' },
    after: ['expiry', 'common.ignore'],
    optionalFields: ['honorific'],
    formal: true,
  },
  'round-advanced': {
    fields: ['fullName', 'code', 'title', 'contestName', 'roundName'],
    before: ['intro', 'next'],
    after: ['comments'],
    optionalFields: ['comments'],
  },
  'round-not-advanced': {
    fields: ['fullName', 'code', 'title', 'contestName', 'roundName'],
    before: ['intro'],
    after: ['comments', 'thanks'],
    optionalFields: ['comments'],
  },
  'team-membership': {
    fields: [
      'fullName',
      'leaderName',
      'title',
      'code',
      'contestName',
      'link',
      'declineLink',
      'expiresAt',
    ],
    before: ['intro', 'ask'],
    action: { label: 'action', linkField: 'link' },
    after: ['decline', 'expiry'],
    timeFields: ['expiresAt'],
  },
  'contest-closed-early': {
    fields: ['fullName', 'contestName', 'code', 'title', 'deadline', 'closedAt'],
    before: ['intro', 'entry'],
    after: ['contact'],
    timeFields: ['deadline', 'closedAt'],
  },
  'contest-reopened': {
    fields: ['fullName', 'contestName', 'code', 'title', 'deadline', 'link'],
    before: ['intro', 'entry'],
    action: { label: 'action', linkField: 'link' },
    after: [],
    timeFields: ['deadline'],
  },
  'results-prize': {
    fields: ['fullName', 'code', 'title', 'contestName', 'prizeName', 'link', 'certificatesLink'],
    before: ['intro', 'next'],
    action: { label: 'action', linkField: 'link' },
    after: ['certificates'],
  },
  'results-finalist': {
    fields: ['fullName', 'code', 'title', 'contestName', 'link', 'certificatesLink'],
    before: ['intro', 'thanks'],
    action: { label: 'action', linkField: 'link' },
    after: ['certificates'],
  },
  'results-advanced': {
    fields: ['fullName', 'code', 'title', 'contestName', 'roundName', 'link'],
    before: ['intro', 'thanks'],
    action: { label: 'action', linkField: 'link' },
    after: [],
  },
  'results-not-advanced': {
    fields: ['fullName', 'code', 'title', 'contestName', 'link'],
    before: ['intro', 'thanks'],
    action: { label: 'action', linkField: 'link' },
    after: [],
  },
  'results-ineligible': {
    fields: ['fullName', 'code', 'title', 'contestName', 'link'],
    before: ['intro', 'thanks'],
    action: { label: 'action', linkField: 'link' },
    after: [],
  },
  'results-correction': {
    fields: ['fullName', 'code', 'title', 'contestName', 'outcome', 'link'],
    before: ['intro', 'apology'],
    action: { label: 'action', linkField: 'link' },
    after: [],
  },
  'festival-pass': {
    fields: ['fullName', 'festivalName', 'day', 'venue', 'shortCode', 'link'],
    before: ['intro', 'code'],
    action: { label: 'action', linkField: 'link' },
    after: ['personal'],
    attachments: ['festival-pass-qr'],
    attachmentFields: ['token'],
    inlineImage: { attachment: 'festival-pass-qr', alt: 'qrAlt' },
  },
  'festival-guest-promoted': {
    fields: ['fullName', 'festivalName', 'sessionTitle', 'times', 'link'],
    before: ['intro'],
    action: { label: 'action', linkField: 'link' },
    after: ['cancel'],
  },
  'festival-programme': {
    fields: ['fullName', 'festivalName', 'day', 'venue', 'link'],
    before: ['intro', 'calendar'],
    action: { label: 'action', linkField: 'link' },
    after: ['changes'],
    attachments: ['festival-programme-calendar'],
    attachmentFields: ['contestId', 'sessionIds'],
  },
  'festival-session-changed': {
    fields: ['fullName', 'festivalName', 'sessionTitle', 'day', 'times', 'place', 'link'],
    before: ['intro', 'details'],
    action: { label: 'action', linkField: 'link' },
    after: ['calendar'],
    attachments: ['festival-session-calendar'],
    attachmentFields: ['contestId', 'sessionId'],
  },
  'festival-day-changed': {
    fields: ['fullName', 'festivalName', 'day', 'venue', 'link'],
    before: ['intro', 'details'],
    action: { label: 'action', linkField: 'link' },
    after: ['calendar'],
    attachments: ['festival-programme-calendar'],
    attachmentFields: ['contestId', 'sessionIds'],
  },
  'festival-session-cancelled': {
    fields: ['fullName', 'festivalName', 'sessionTitle', 'day', 'times', 'place', 'link'],
    before: ['intro', 'details'],
    action: { label: 'action', linkField: 'link' },
    after: ['calendar'],
    attachments: ['festival-session-cancellation'],
    attachmentFields: ['sessionId', 'sequence', 'startsAt', 'endsAt'],
  },
  'investor-approved': {
    fields: ['fullName', 'organisation', 'link'],
    before: ['intro', 'next'],
    action: { label: 'action', linkField: 'link' },
    after: [],
  },
  'investor-refused': {
    fields: ['fullName', 'organisation'],
    before: ['intro', 'contact'],
    after: [],
  },
  'meeting-requested': {
    fields: ['fullName', 'investorName', 'organisation', 'entryTitle', 'when', 'message', 'link'],
    before: ['intro', 'when', 'message', 'answer'],
    action: { label: 'action', linkField: 'link' },
    after: [],
  },
  'meeting-accepted': {
    fields: ['fullName', 'investorName', 'organisation', 'entryTitle', 'when', 'link'],
    before: ['intro', 'when'],
    action: { label: 'action', linkField: 'link' },
    after: [],
  },
  'meeting-accepted-later': {
    fields: ['fullName', 'investorName', 'organisation', 'entryTitle', 'when'],
    before: ['intro', 'when', 'contact'],
    after: [],
  },
  'meeting-declined': {
    fields: ['fullName', 'investorName', 'organisation', 'entryTitle', 'when'],
    before: ['intro', 'other'],
    after: [],
  },
} as const satisfies { [T in MailTemplate]: MailTemplateSpec<keyof MailTemplates[T] & string> };
