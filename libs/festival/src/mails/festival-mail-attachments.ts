import { Injectable, OnModuleInit } from '@nestjs/common';
import { MailAttachments, MailTemplateError } from '@app/notifications';
import type { MailData } from '@app/notifications';
import { AppConfig, TransactionRunner } from '@app/platform';
import type { Locale, MailAttachment } from '@app/platform';
import { cancelledSessionCalendar, festivalCalendar } from '../calendar/festival-calendar';
import { sequencesOf } from '../calendar/festival-calendar.service';
import { passQrPng } from '../check-in/festival-pass.service';
import { Festival } from '../programme/festival.entity';
import { readProgramme } from '../programme/festival.service';

const calendarType = (method: 'PUBLISH' | 'REQUEST' | 'CANCEL') =>
  `text/calendar; charset=utf-8; method=${method}`;

/** `Name <address>` or a bare address: the address, for the calendar's ORGANIZER. */
function addressOf(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
}

/**
 * Makes the festival mails' files when they are sent: the pass QR code from the token the
 * row carries, and the calendar files from the programme as it is at that moment.
 */
@Injectable()
export class FestivalMailAttachments implements OnModuleInit {
  constructor(
    private readonly attachments: MailAttachments,
    private readonly tx: TransactionRunner,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.attachments.register('festival-pass-qr', async (data) => [
      {
        filename: 'pass-qr.png',
        content: await passQrPng(field(data, 'token')),
        contentType: 'image/png',
      },
    ]);
    this.attachments.register('festival-programme-calendar', (data, locale) =>
      this.programme(data, locale),
    );
    this.attachments.register('festival-session-calendar', (data, locale) =>
      this.sessionUpdate(data, locale),
    );
    this.attachments.register('festival-session-cancellation', (data) =>
      Promise.resolve(this.cancellation(data)),
    );
  }

  /** The cancelled session's event, from the values its mail carries (the session is gone). */
  private cancellation(data: MailData): MailAttachment[] {
    const sequence = data.sequence;
    if (typeof sequence !== 'number') throw new MailTemplateError('the mail lacks "sequence"');
    const content = cancelledSessionCalendar({
      sessionId: field(data, 'sessionId'),
      sequence,
      start: new Date(field(data, 'startsAt')),
      end: new Date(field(data, 'endsAt')),
      title: field(data, 'sessionTitle'),
      location: field(data, 'place'),
      calName: field(data, 'festivalName'),
      organizer: { name: field(data, 'festivalName'), email: addressOf(this.config.MAIL_FROM) },
    });
    return [{ filename: 'session.ics', content, contentType: calendarType('CANCEL') }];
  }

  /** The whole day, and the recipient's own sessions when they have some. */
  private async programme(data: MailData, locale: Locale): Promise<MailAttachment[]> {
    const { festival, sequences } = await this.load(field(data, 'contestId'));
    const own = String(data.sessionIds ?? '')
      .split(',')
      .filter(Boolean);
    const files = [
      {
        filename: 'programme.ics',
        content: festivalCalendar(festival, locale, festival.sessions, { sequences }),
        contentType: calendarType('PUBLISH'),
      },
    ];
    const mine = festival.sessions.filter((s) => own.includes(s.id));
    if (mine.length)
      files.push({
        filename: 'my-sessions.ics',
        content: festivalCalendar(festival, locale, mine, { sequences }),
        contentType: calendarType('PUBLISH'),
      });
    return files;
  }

  /**
   * The changed session as an update (METHOD:REQUEST, its UID, its raised SEQUENCE), so a
   * calendar holding the event from the programme mail moves it instead of adding one.
   */
  private async sessionUpdate(data: MailData, locale: Locale): Promise<MailAttachment[]> {
    const { festival, sequences } = await this.load(field(data, 'contestId'));
    const session = festival.sessions.find((s) => s.id === data.sessionId);
    if (!session) throw new MailTemplateError('the changed session no longer exists');
    const content = festivalCalendar(festival, locale, [session], {
      sequences,
      method: 'REQUEST',
      organizer: {
        name: locale === 'en' ? festival.nameEn : festival.nameVi,
        email: addressOf(this.config.MAIL_FROM),
      },
    });
    return [{ filename: 'session.ics', content, contentType: calendarType('REQUEST') }];
  }

  private async load(contestId: string) {
    const manager = this.tx.manager;
    const row = await manager.findOneBy(Festival, { contestId });
    if (!row) throw new MailTemplateError('the festival no longer exists');
    const festival = await readProgramme(manager, row, 'organizers');
    return { festival, sequences: await sequencesOf(manager, festival) };
  }
}

function field(data: MailData, name: string): string {
  const value = data[name];
  if (typeof value !== 'string' || !value) throw new MailTemplateError(`the mail lacks "${name}"`);
  return value;
}
