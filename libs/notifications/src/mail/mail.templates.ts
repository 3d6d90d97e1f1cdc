/**
 * The data each mail needs, by template name: the one list the outbox, the renderer and
 * the tests are checked against. A caller writing a mail with a name not listed here, or
 * with the wrong data, fails to compile instead of failing in the worker. Values are
 * plain scalars (the row stores them as JSON); instants are ISO 8601 text, links
 * absolute http(s) URLs.
 *
 * Adding a template: its data type here, its name in MAIL_TEMPLATE_NAMES, its layout in
 * MAIL_TEMPLATES, its texts in the catalogue, and sample data in the renderer's spec.
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
}

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
} as const satisfies { [T in MailTemplate]: MailTemplateSpec<keyof MailTemplates[T] & string> };

/** Everything a layout receives: already translated strings, escaped by the engine on output. */
export interface MailView {
  lang: string;
  subject: string;
  greeting: string;
  before: string[];
  action?: { label: string; link: string };
  after: string[];
  automatic: string;
  signature: string;
}

// Rendered with autoescape on: every value, translated or from the user, is escaped.
export const HTML_LAYOUT = `<!doctype html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ subject }}</title>
</head>
<body style="margin:0;padding:24px;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif;color:#1f2933">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:6px">
<tr><td style="padding:24px">
<p>{{ greeting }}</p>
{% for line in before %}<p>{{ line }}</p>
{% endfor %}{% if action %}<p style="margin:24px 0"><a href="{{ action.link }}" style="background:#0b5cad;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;display:inline-block">{{ action.label }}</a></p>
<p style="font-size:13px;color:#52606d;word-break:break-all">{{ action.link }}</p>
{% endif %}{% for line in after %}<p style="white-space:pre-line">{{ line }}</p>
{% endfor %}<p>{{ signature }}</p>
<p style="font-size:12px;color:#7b8794">{{ automatic }}</p>
</td></tr>
</table>
</body>
</html>
`;

export const TEXT_LAYOUT = `{{ greeting }}

{% for line in before %}{{ line }}

{% endfor %}{% if action %}{{ action.label }}: {{ action.link }}

{% endif %}{% for line in after %}{{ line }}

{% endfor %}{{ signature }}

{{ automatic }}
`;
