import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import type { Locale } from '@app/platform';
import { FestivalService } from '../programme/festival.service';
import { FestivalSession } from '../programme/festival-session.entity';
import type { Audience, FestivalResponse } from '../programme/festival.mapper';
import { festivalCalendar } from './festival-calendar';

/** Each session's SEQUENCE, so every file of the programme agrees with the update mails. */
export async function sequencesOf(
  manager: EntityManager,
  festival: FestivalResponse,
): Promise<Record<string, number>> {
  const rows = await manager.find(FestivalSession, {
    where: { festivalId: festival.id },
    select: { id: true, sequence: true },
  });
  return Object.fromEntries(rows.map((r) => [r.id, r.sequence]));
}

/** The programme's calendar files, readable by whoever may read the programme. */
@Injectable()
export class FestivalCalendarService {
  constructor(
    private readonly festivals: FestivalService,
    private readonly tx: TransactionRunner,
  ) {}

  async day(contestId: string, audience: Audience, locale: Locale): Promise<string> {
    const festival = await this.festivals.view(contestId, audience);
    return festivalCalendar(festival, locale, festival.sessions, {
      sequences: await sequencesOf(this.tx.manager, festival),
    });
  }

  async session(
    contestId: string,
    sessionId: string,
    audience: Audience,
    locale: Locale,
  ): Promise<string> {
    const festival = await this.festivals.view(contestId, audience);
    const session = festival.sessions.find((s) => s.id === sessionId);
    if (!session) throw new DomainError(ErrorCode.NOT_FOUND, 'No such session in this festival');
    return festivalCalendar(festival, locale, [session], {
      sequences: await sequencesOf(this.tx.manager, festival),
    });
  }
}
