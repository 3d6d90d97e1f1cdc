import { Injectable } from '@nestjs/common';
import { LOCALES, TransactionRunner } from '@app/platform';
import type { Locale } from '@app/platform';
import { MailRenderer } from '@app/notifications';
import { teamMailRecipientsByEntry } from '@app/entries';
import { announcementMail } from './announcement-mails';
import { AnnouncementService } from './announcement.service';
import { OUTCOME_KINDS } from './participant-outcome';
import type { OutcomeKind } from './participant-outcome';

export interface PreviewMail {
  locale: Locale;
  template: string;
  subject: string;
  text: string;
}

export interface AnnouncementGroupPreview {
  outcome: OutcomeKind;
  entries: number;
  recipients: number;
  /** The group's mail for its first recipient, in each language. */
  sample: { recipient: string; mails: PreviewMail[] } | null;
}

export interface AnnouncementPreview {
  contestId: string;
  contestStatus: string;
  /** The version announcing now would write (1, or a correction). */
  version: number;
  /** Why announcing now is refused, as the error code it would give; null when it may go. */
  blocker: { code: string; message: string } | null;
  groups: AnnouncementGroupPreview[];
  entries: number;
  recipients: number;
}

/**
 * What announcing now would send, before anything is sent: the count per outcome and the
 * mail of each group rendered with a real recipient's data in Vietnamese and English.
 */
@Injectable()
export class AnnouncementPreviewService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly announcements: AnnouncementService,
    private readonly renderer: MailRenderer,
  ) {}

  async preview(contestId: string): Promise<AnnouncementPreview> {
    const manager = this.tx.manager;
    const { pending, blocker } = await this.announcements.pending(manager, contestId);
    const { contest, computed, latest, changed } = pending;
    const version = (latest?.version ?? 0) + 1;
    const teams = await teamMailRecipientsByEntry(
      manager,
      changed.map((o) => o.entry),
    );
    const links = this.announcements.linksOf(contest);
    const groups = OUTCOME_KINDS.map((outcome): AnnouncementGroupPreview => {
      const members = changed.filter((o) => o.outcome.kind === outcome);
      const first = members.find((o) => (teams.get(o.entry.id) ?? []).length > 0);
      const recipient = first ? teams.get(first.entry.id)?.[0] : undefined;
      return {
        outcome,
        entries: members.length,
        recipients: members.reduce((n, o) => n + (teams.get(o.entry.id)?.length ?? 0), 0),
        sample:
          first && recipient
            ? {
                recipient: recipient.fullName,
                mails: LOCALES.map((locale) => {
                  const mail = announcementMail(
                    contest,
                    version,
                    first,
                    { ...recipient, locale },
                    computed,
                    links,
                  );
                  const rendered = this.renderer.render(mail.template, locale, mail.data);
                  return { locale, template: mail.template, ...pick(rendered) };
                }),
              }
            : null,
      };
    });
    return {
      contestId: contest.id,
      contestStatus: contest.status,
      version,
      blocker: blocker ? { code: blocker.code, message: blocker.message } : null,
      groups,
      entries: changed.length,
      recipients: groups.reduce((n, g) => n + g.recipients, 0),
    };
  }
}

function pick(mail: { subject: string; text: string }) {
  return { subject: mail.subject, text: mail.text };
}
