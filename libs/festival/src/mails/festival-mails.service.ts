import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { Contest } from '@app/contests';
import { Notification, OutboxService } from '@app/notifications';
import type { NewNotification } from '@app/notifications';
import { AppConfig, DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import type { Festival } from '../programme/festival.entity';
import { FestivalSession } from '../programme/festival-session.entity';
import { festivalOrFail } from '../programme/festival-lookup';
import { inTimeOrder } from '../programme/festival.mapper';
import { festivalRecipients } from './festival-recipients';
import type { FestivalRecipient } from './festival-recipients';

/** The programme mailed: `mailed` mails written now, of `recipients` people it goes to. */
export interface ProgrammeMailResponse {
  mailed: number;
  recipients: number;
}

/** `20/12/2026`, as the pass mail writes the day. */
function dayOf(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/**
 * What a programme mail says to one person: the day, venue, names and every session's
 * kind, titles, times and room, and that person's own sessions. Its digest is in the
 * dedupe key, so sending again mails nobody twice unless what they would get changed.
 */
function programmeVersion(festival: Festival, sessions: FestivalSession[], own: string[]): string {
  return digest(
    JSON.stringify([
      [festival.date, festival.venue, festival.nameVi, festival.nameEn],
      sessions.map((s) => [s.id, s.kind, s.titleVi, s.titleEn, s.startTime, s.endTime, s.room]),
      own,
    ]),
  );
}

/** One mail per address: a judge who also registered as a guest gets one, with all their sessions. */
function oncePerAddress(recipients: FestivalRecipient[]): FestivalRecipient[] {
  const byEmail = new Map<string, FestivalRecipient>();
  for (const r of recipients) {
    const email = r.email.trim().toLowerCase();
    const first = byEmail.get(email);
    if (!first) byEmail.set(email, { ...r, sessionIds: [...r.sessionIds] });
    else
      for (const id of r.sessionIds) if (!first.sessionIds.includes(id)) first.sessionIds.push(id);
  }
  return [...byEmail.values()];
}

/**
 * The festival's programme mails: the programme with its calendar files to finalists,
 * judges and guests (an organizer's action), and an update to the people of a session
 * whose time or room changed (inside the change's transaction).
 */
@Injectable()
export class FestivalMailsService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  async sendProgramme(contestId: string): Promise<ProgrammeMailResponse> {
    return this.tx.run(async (manager) => {
      const festival = await festivalOrFail(manager, contestId);
      if (!festival.publishedAt)
        throw new DomainError(ErrorCode.FESTIVAL_NOT_PUBLISHED, 'Publish the programme first');
      const sessions = inTimeOrder(
        await manager.findBy(FestivalSession, { festivalId: festival.id }),
      );
      const recipients = oncePerAddress(
        await festivalRecipients(manager, festival.id, contestId, sessions),
      );
      const link = await this.programmeLink(manager, contestId);
      const mails = recipients.map((r): NewNotification<'festival-programme'> => ({
        dedupeKey: `festival-programme:${festival.id}:${r.key}:${programmeVersion(festival, sessions, r.sessionIds)}`,
        recipientEmail: r.email,
        template: 'festival-programme',
        locale: r.locale,
        data: {
          fullName: r.fullName,
          festivalName: r.locale === 'en' ? festival.nameEn : festival.nameVi,
          day: dayOf(festival.date),
          venue: festival.venue,
          link,
          contestId,
          sessionIds: r.sessionIds.join(','),
        },
      }));
      const known = await existingKeys(
        manager,
        mails.map((m) => m.dedupeKey),
      );
      await this.outbox.enqueueMany(manager, mails);
      return { mailed: mails.length - known, recipients: mails.length };
    });
  }

  /**
   * Mails everyone of `session` (its guests, seated or waiting; finalists and judges for the
   * final's pitches) its new time and place with the calendar update. `session` carries its
   * new SEQUENCE, which keys the mails: one per change per person.
   */
  async sessionChanged(
    manager: EntityManager,
    festival: Festival,
    session: FestivalSession,
  ): Promise<void> {
    if (!festival.publishedAt) return;
    const sessions = await manager.findBy(FestivalSession, { festivalId: festival.id });
    const recipients = oncePerAddress(
      await festivalRecipients(manager, festival.id, festival.contestId, sessions, [
        'confirmed',
        'waiting',
      ]),
    ).filter((r) => r.sessionIds.includes(session.id));
    if (recipients.length === 0) return;
    const link = await this.programmeLink(manager, festival.contestId);
    await this.outbox.enqueueMany(
      manager,
      recipients.map((r): NewNotification<'festival-session-changed'> => ({
        dedupeKey: `festival-session-changed:${session.id}:${session.sequence}:${r.key}`,
        recipientEmail: r.email,
        template: 'festival-session-changed',
        locale: r.locale,
        data: {
          fullName: r.fullName,
          festivalName: r.locale === 'en' ? festival.nameEn : festival.nameVi,
          sessionTitle: r.locale === 'en' ? session.titleEn : session.titleVi,
          day: dayOf(festival.date),
          times: `${session.startTime}–${session.endTime}`,
          place: [session.room, festival.venue].filter(Boolean).join(', '),
          link,
          contestId: festival.contestId,
          sessionId: session.id,
        },
      })),
    );
  }

  private async programmeLink(manager: EntityManager, contestId: string): Promise<string> {
    const contest = await manager.findOneByOrFail(Contest, { id: contestId });
    return `${this.config.publicUrl}/contests/${encodeURIComponent(contest.slug)}/festival`;
  }
}

/** How many of these dedupe keys the outbox already holds (mails written before). */
async function existingKeys(manager: EntityManager, keys: string[]): Promise<number> {
  let count = 0;
  // Chunks keep the IN list far below SQLite's limit of bound parameters.
  for (let i = 0; i < keys.length; i += 500)
    count += await manager.countBy(Notification, { dedupeKey: In(keys.slice(i, i + 500)) });
  return count;
}
