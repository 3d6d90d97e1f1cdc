import { Injectable } from '@nestjs/common';
import type { Locale, MailAttachment } from '@app/platform';
import type { MailData } from '../outbox/notification.entity';

/**
 * Files a template sends, named by kind. The outbox row carries only what the file is made
 * from (a pass token, a festival and session ids), not the file: rows stay small JSON of
 * scalars for every mail, a QR code or calendar is made in the sender in milliseconds, and
 * a calendar resolved at send time shows the programme as it is when the mail leaves, so a
 * mail that waited out an SMTP outage never carries a stale time.
 */
export type MailAttachmentKind =
  | 'festival-pass-qr'
  | 'festival-programme-calendar'
  | 'festival-session-calendar'
  | 'festival-session-cancellation';

export type MailAttachmentSource = (data: MailData, locale: Locale) => Promise<MailAttachment[]>;

/** The Content-ID of an attachment shown inside the HTML, the same in renderer and sender. */
export function inlineCid(kind: MailAttachmentKind): string {
  return `${kind}@mail`;
}

/** A template names an attachment kind no lib has registered in this process. */
export class MailAttachmentUnavailable extends Error {}

/**
 * The attachment makers. The domains that own the data (the festival) sit above
 * notifications, so they register their makers here at start rather than the sender
 * calling up into them; a process that sends such a mail without the maker (a worker
 * missing a module) retries it later instead of sending it without its file.
 */
@Injectable()
export class MailAttachments {
  private readonly sources = new Map<MailAttachmentKind, MailAttachmentSource>();

  register(kind: MailAttachmentKind, source: MailAttachmentSource): void {
    this.sources.set(kind, source);
  }

  async resolve(
    kinds: readonly MailAttachmentKind[],
    data: MailData,
    locale: Locale,
    inline?: MailAttachmentKind,
  ): Promise<MailAttachment[]> {
    const all: MailAttachment[] = [];
    for (const kind of kinds) {
      const source = this.sources.get(kind);
      if (!source) throw new MailAttachmentUnavailable(`no maker of "${kind}" attachments here`);
      const files = await source(data, locale);
      all.push(...(kind === inline ? files.map((f) => ({ ...f, cid: inlineCid(kind) })) : files));
    }
    return all;
  }
}
