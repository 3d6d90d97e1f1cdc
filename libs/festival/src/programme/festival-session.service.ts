import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import type { Festival } from './festival.entity';
import { FestivalSession } from './festival-session.entity';
import { FestivalSessionDto } from './festival-session.dto';
import { festivalOrFail } from './festival-lookup';
import { toSessionResponse } from './festival.mapper';
import type { FestivalSessionResponse } from './festival.mapper';
import { FestivalGuestSeat } from '../guests/festival-guest-seat.entity';
import { FestivalChangeMailsService } from '../mails/festival-change-mails.service';

/** The sessions of a contest's festival day, as organizers write them. */
@Injectable()
export class FestivalSessionService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly mails: FestivalChangeMailsService,
  ) {}

  async create(contestId: string, dto: FestivalSessionDto): Promise<FestivalSessionResponse> {
    return this.tx.run(async (manager) => {
      const festival = await festivalOrFail(manager, contestId);
      const session = manager.create(FestivalSession, {
        festivalId: festival.id,
        ...fieldsOf(dto),
      });
      await manager.insert(FestivalSession, session);
      return toSessionResponse(festival, session, 'organizers');
    });
  }

  /**
   * Replaces the session with the form's (or PUT body's) values. A new time or room raises
   * the session's calendar SEQUENCE and mails its people the update, in this transaction.
   */
  async replace(
    contestId: string,
    sessionId: string,
    dto: FestivalSessionDto,
  ): Promise<FestivalSessionResponse> {
    return this.tx.run(async (manager) => {
      const festival = await festivalOrFail(manager, contestId);
      const before = await sessionOrFail(manager, festival, sessionId);
      const fields = fieldsOf(dto);
      const moved =
        before.startTime !== fields.startTime ||
        before.endTime !== fields.endTime ||
        before.room !== fields.room;
      await manager.update(
        FestivalSession,
        { id: sessionId },
        moved ? { ...fields, sequence: before.sequence + 1 } : fields,
      );
      const after = await sessionOrFail(manager, festival, sessionId);
      if (moved) await this.mails.sessionChanged(manager, festival, after);
      return toSessionResponse(festival, after, 'organizers');
    });
  }

  /**
   * Cancels the session: its people get the cancellation (METHOD:CANCEL, its UID, a raised
   * SEQUENCE) in this transaction, then its guests' seats and waiting places are released.
   * Deleting it again is 404: nobody is mailed twice.
   */
  async remove(contestId: string, sessionId: string): Promise<void> {
    await this.tx.run(async (manager) => {
      const festival = await festivalOrFail(manager, contestId);
      const session = await sessionOrFail(manager, festival, sessionId);
      await this.mails.sessionCancelled(manager, festival, session, session.sequence + 1);
      await manager.delete(FestivalGuestSeat, { sessionId });
      await manager.delete(FestivalSession, { id: sessionId });
    });
  }
}

function fieldsOf(dto: FestivalSessionDto) {
  return {
    kind: dto.kind,
    titleVi: dto.titleVi,
    titleEn: dto.titleEn,
    startTime: dto.startTime,
    endTime: dto.endTime,
    room: dto.room ?? null,
    // An address only where one was given: speakers without one stay as they always were.
    speakers: dto.speakers.map((s) => ({
      name: s.name,
      title: s.title,
      ...(s.email ? { email: s.email } : {}),
    })),
    descriptionVi: dto.descriptionVi ?? null,
    descriptionEn: dto.descriptionEn ?? null,
    capacity: dto.capacity ?? null,
  };
}

/** The session, 404 unless it is one of this festival's (another contest's is not found). */
export async function sessionOrFail(
  manager: EntityManager,
  festival: Festival,
  sessionId: string,
): Promise<FestivalSession> {
  const session = await manager.findOneBy(FestivalSession, {
    id: sessionId,
    festivalId: festival.id,
  });
  if (!session) throw new DomainError(ErrorCode.NOT_FOUND, 'No such session in this festival');
  return session;
}
