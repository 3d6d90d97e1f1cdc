import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxService } from '@app/notifications';
import type { NewNotification } from '@app/notifications';
import { AppConfig } from '@app/platform';
import { instantOn } from '../programme/festival-day';
import type { Festival } from '../programme/festival.entity';
import { FestivalSession } from '../programme/festival-session.entity';
import { festivalRecipients } from './festival-recipients';
import type { FestivalRecipient } from './festival-recipients';
import { dayOf, festivalNameIn, oncePerAddress, programmeLink } from './festival-mail-parts';

/**
 * The mails of a published programme's changes, each written inside the change's own
 * transaction: a session's new time or room, its cancellation, and a new date or venue
 * of the whole day. Each is keyed by the SEQUENCE the change raised, so a change mails
 * each person once however often its transaction or job is retried.
 */
@Injectable()
export class FestivalChangeMailsService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Mails everyone of `session` (its guests, seated or waiting; its speakers; finalists and
   * judges for the final's pitches) its new time and place with the calendar update.
   * `session` carries its new SEQUENCE.
   */
  async sessionChanged(
    manager: EntityManager,
    festival: Festival,
    session: FestivalSession,
  ): Promise<void> {
    if (!festival.publishedAt) return;
    const recipients = await this.peopleOf(manager, festival, session.id);
    if (recipients.length === 0) return;
    const link = await programmeLink(manager, this.config.publicUrl, festival.contestId);
    await this.outbox.enqueueMany(
      manager,
      recipients.map((r): NewNotification<'festival-session-changed'> => ({
        dedupeKey: `festival-session-changed:${session.id}:${session.sequence}:${r.key}`,
        recipientEmail: r.email,
        template: 'festival-session-changed',
        locale: r.locale,
        data: {
          ...sessionLines(festival, session, r.locale),
          fullName: r.fullName,
          link,
          contestId: festival.contestId,
          sessionId: session.id,
        },
      })),
    );
  }

  /**
   * Mails the people of `session`, about to be deleted, its cancellation. The row carries
   * what the cancelled event is made of (the session is gone when the mail leaves):
   * its id for the UID, `sequence` (one above the last one mailed) and its instants.
   * Call it before the session's seats are released.
   */
  async sessionCancelled(
    manager: EntityManager,
    festival: Festival,
    session: FestivalSession,
    sequence: number,
  ): Promise<void> {
    if (!festival.publishedAt) return;
    const recipients = await this.peopleOf(manager, festival, session.id);
    if (recipients.length === 0) return;
    const link = await programmeLink(manager, this.config.publicUrl, festival.contestId);
    await this.outbox.enqueueMany(
      manager,
      recipients.map((r): NewNotification<'festival-session-cancelled'> => ({
        dedupeKey: `festival-session-cancelled:${session.id}:${r.key}`,
        recipientEmail: r.email,
        template: 'festival-session-cancelled',
        locale: r.locale,
        data: {
          ...sessionLines(festival, session, r.locale),
          fullName: r.fullName,
          link,
          sessionId: session.id,
          sequence,
          startsAt: instantOn(festival.date, session.startTime).toISOString(),
          endsAt: instantOn(festival.date, session.endTime).toISOString(),
        },
      })),
    );
  }

  /**
   * Mails everyone the programme goes to (finalists, judges, guests, speakers) the new
   * date and venue with the programme's calendar files. `festival` carries its new
   * `sequence`, raised by this change, and every session's SEQUENCE was raised with it.
   */
  async dayChanged(manager: EntityManager, festival: Festival): Promise<void> {
    if (!festival.publishedAt) return;
    const sessions = await manager.findBy(FestivalSession, { festivalId: festival.id });
    const recipients = oncePerAddress(
      await festivalRecipients(manager, festival.id, festival.contestId, sessions),
    );
    if (recipients.length === 0) return;
    const link = await programmeLink(manager, this.config.publicUrl, festival.contestId);
    await this.outbox.enqueueMany(
      manager,
      recipients.map((r): NewNotification<'festival-day-changed'> => ({
        dedupeKey: `festival-day-changed:${festival.id}:${festival.sequence}:${r.key}`,
        recipientEmail: r.email,
        template: 'festival-day-changed',
        locale: r.locale,
        data: {
          fullName: r.fullName,
          festivalName: festivalNameIn(festival, r.locale),
          day: dayOf(festival.date),
          venue: festival.venue,
          link,
          contestId: festival.contestId,
          sessionIds: r.sessionIds.join(','),
        },
      })),
    );
  }

  /** Everyone whose programme holds this session, guests seated or waiting alike. */
  private async peopleOf(
    manager: EntityManager,
    festival: Festival,
    sessionId: string,
  ): Promise<FestivalRecipient[]> {
    const sessions = await manager.findBy(FestivalSession, { festivalId: festival.id });
    const everyone = await festivalRecipients(manager, festival.id, festival.contestId, sessions, [
      'confirmed',
      'waiting',
    ]);
    return oncePerAddress(everyone).filter((r) => r.sessionIds.includes(sessionId));
  }
}

/** What the session mails say of the session, in the reader's language. */
function sessionLines(festival: Festival, session: FestivalSession, locale: 'vi' | 'en') {
  return {
    festivalName: festivalNameIn(festival, locale),
    sessionTitle: locale === 'en' ? session.titleEn : session.titleVi,
    day: dayOf(festival.date),
    times: `${session.startTime}–${session.endTime}`,
    place: [session.room, festival.venue].filter(Boolean).join(', '),
  };
}
