import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { Notification, OutboxService } from '@app/notifications';
import type { NewNotification } from '@app/notifications';
import { AppConfig, DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import type { Festival } from '../programme/festival.entity';
import { FestivalSession } from '../programme/festival-session.entity';
import { festivalOrFail } from '../programme/festival-lookup';
import { inTimeOrder } from '../programme/festival.mapper';
import { festivalRecipients } from './festival-recipients';
import { dayOf, festivalNameIn, oncePerAddress, programmeLink } from './festival-mail-parts';

/** The programme mailed: `mailed` mails written now, of `recipients` people it goes to. */
export interface ProgrammeMailResponse {
  mailed: number;
  recipients: number;
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

/**
 * The programme with its calendar files to finalists, judges, guests and speakers (an
 * organizer's action). The mails about changes are FestivalChangeMailsService's.
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
      const link = await programmeLink(manager, this.config.publicUrl, contestId);
      const mails = recipients.map((r): NewNotification<'festival-programme'> => ({
        dedupeKey: `festival-programme:${festival.id}:${r.key}:${programmeVersion(festival, sessions, r.sessionIds)}`,
        recipientEmail: r.email,
        template: 'festival-programme',
        locale: r.locale,
        data: {
          fullName: r.fullName,
          festivalName: festivalNameIn(festival, r.locale),
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
}

/** How many of these dedupe keys the outbox already holds (mails written before). */
async function existingKeys(manager: EntityManager, keys: string[]): Promise<number> {
  let count = 0;
  // Chunks keep the IN list far below SQLite's limit of bound parameters.
  for (let i = 0; i < keys.length; i += 500)
    count += await manager.countBy(Notification, { dedupeKey: In(keys.slice(i, i + 500)) });
  return count;
}
