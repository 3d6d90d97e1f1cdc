import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { OutboxService } from '@app/notifications';
import { DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import { FestivalPass } from '../check-in/festival-pass.entity';
import { FestivalPassService } from '../check-in/festival-pass.service';
import { Festival } from '../programme/festival.entity';
import { festivalOrFail } from '../programme/festival-lookup';
import { FestivalSession } from '../programme/festival-session.entity';
import { FestivalGuest } from './festival-guest.entity';
import { FestivalGuestSeat } from './festival-guest-seat.entity';
import { RegisterGuestDto } from './festival-guest.dto';
import { promoteNext, takePlace, waitingAhead } from './guest-seats';
import type {
  GuestListResponse,
  GuestPlace,
  GuestRegistrationResponse,
} from './festival-guest.mapper';
import { toGuestList } from './festival-guest.mapper';

/** Today's date in Vietnam (UTC+7, no daylight saving), `2026-12-20`. */
function vietnamToday(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Guests of the festival day. Registration is open while the programme is published and
 * until the day is over; a guest gets a seat in each chosen session while it has room,
 * else a place in its waiting line, and a personal pass by mail. Cancelling (from the
 * pass page) frees the seats, and the first in each line moves up and is told by mail.
 */
@Injectable()
export class FestivalGuestService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly passes: FestivalPassService,
    private readonly outbox: OutboxService,
  ) {}

  async register(contestId: string, dto: RegisterGuestDto): Promise<GuestRegistrationResponse> {
    return this.tx.runRacing(async (manager) => {
      const festival = await festivalOrFail(manager, contestId, 'public');
      if (festival.date < vietnamToday())
        throw new DomainError(ErrorCode.FESTIVAL_REGISTRATION_CLOSED, 'The festival day is over');
      const sessions = await sessionsOrFail(manager, festival, dto.sessionIds);
      if (await manager.existsBy(FestivalGuest, { festivalId: festival.id, email: dto.email }))
        throw new DomainError(
          ErrorCode.FESTIVAL_GUEST_ALREADY_REGISTERED,
          'This e-mail address is already registered for the festival',
        );
      const guest = manager.create(FestivalGuest, {
        festivalId: festival.id,
        fullName: dto.fullName,
        organisation: dto.organisation ?? null,
        email: dto.email,
        phone: dto.phone ?? null,
        locale: dto.locale ?? 'vi',
      });
      await manager.insert(FestivalGuest, guest);
      const places: GuestPlace[] = [];
      for (const session of sessions) {
        const seat = await takePlace(manager, session, guest.id);
        places.push({
          sessionId: session.id,
          status: seat.status,
          waitingAhead: await waitingAhead(manager, seat),
        });
      }
      await this.passes.issue(manager, festival, {
        key: `guest:${guest.id}`,
        role: 'guest',
        fullName: guest.fullName,
        email: guest.email,
        locale: guest.locale,
      });
      return { id: guest.id, fullName: guest.fullName, email: guest.email, sessions: places };
    }, 'Many guests registered at the same moment; please try again');
  }

  /**
   * Cancels the registration of the guest holding this pass: the pass, the guest and their
   * places go, and each freed seat goes to the first in its line.
   */
  async cancel(token: string): Promise<void> {
    await this.tx.run(async (manager) => {
      const pass = await manager.findOneBy(FestivalPass, { token });
      if (!pass || pass.role !== 'guest')
        throw new DomainError(ErrorCode.NOT_FOUND, 'No guest registration with this pass');
      const guestId = pass.holderKey.slice('guest:'.length);
      const seats = await manager.findBy(FestivalGuestSeat, { guestId });
      await manager.delete(FestivalGuestSeat, { guestId });
      await manager.delete(FestivalGuest, { id: guestId });
      await manager.delete(FestivalPass, { id: pass.id });
      const freed = seats.filter((s) => s.status === 'confirmed').map((s) => s.sessionId);
      if (freed.length === 0) return;
      const festival = await manager.findOneByOrFail(Festival, { id: pass.festivalId });
      for (const session of await manager.findBy(FestivalSession, { id: In(freed) })) {
        const promoted = await promoteNext(manager, session);
        if (promoted) await this.tellPromoted(manager, festival, session, promoted);
      }
    });
  }

  /** Every guest with their places, and each session's seats and line, for organizers. */
  async list(contestId: string): Promise<GuestListResponse> {
    const manager = this.tx.manager;
    const festival = await festivalOrFail(manager, contestId);
    const [guests, sessions] = await Promise.all([
      manager.find(FestivalGuest, {
        where: { festivalId: festival.id },
        order: { createdAt: 'ASC' },
      }),
      manager.find(FestivalSession, {
        where: { festivalId: festival.id },
        order: { startTime: 'ASC' },
      }),
    ]);
    const seats = guests.length
      ? await manager.find(FestivalGuestSeat, {
          where: { guestId: In(guests.map((g) => g.id)) },
          order: { position: 'ASC' },
        })
      : [];
    return toGuestList(guests, sessions, seats);
  }

  /** Seats taken per session of the contest's festival, for the registration form. */
  async seatsTaken(contestId: string): Promise<Map<string, number>> {
    const festival = await festivalOrFail(this.tx.manager, contestId, 'public');
    const rows = await this.tx.manager
      .createQueryBuilder(FestivalGuestSeat, 'seat')
      .innerJoin(FestivalSession, 's', 's.id = seat.sessionId')
      .select('seat.sessionId', 'sessionId')
      .addSelect('COUNT(*)', 'taken')
      .where('s.festivalId = :festivalId', { festivalId: festival.id })
      .andWhere("seat.status = 'confirmed'")
      .groupBy('seat.sessionId')
      .getRawMany<{ sessionId: string; taken: string | number }>();
    return new Map(rows.map((r) => [r.sessionId, Number(r.taken)]));
  }

  private async tellPromoted(
    manager: EntityManager,
    festival: Festival,
    session: FestivalSession,
    seat: FestivalGuestSeat,
  ): Promise<void> {
    const guest = await manager.findOneByOrFail(FestivalGuest, { id: seat.guestId });
    const pass = await manager.findOneBy(FestivalPass, {
      festivalId: festival.id,
      holderKey: `guest:${guest.id}`,
    });
    // Erased between registration and promotion: no one to tell.
    if (!pass) return;
    const en = guest.locale === 'en';
    await this.outbox.enqueue(manager, {
      dedupeKey: `festival-guest-promoted:${seat.id}`,
      recipientEmail: guest.email,
      template: 'festival-guest-promoted',
      locale: guest.locale,
      data: {
        fullName: guest.fullName,
        festivalName: en ? festival.nameEn : festival.nameVi,
        sessionTitle: en ? session.titleEn : session.titleVi,
        times: `${session.startTime}–${session.endTime}`,
        link: this.passes.pageLink(pass.token),
      },
    });
  }
}

/** The chosen sessions, each one of this festival's; FESTIVAL_SESSION_UNKNOWN names the others. */
async function sessionsOrFail(
  manager: EntityManager,
  festival: Festival,
  ids: string[],
): Promise<FestivalSession[]> {
  if (ids.length === 0) return [];
  const sessions = await manager.findBy(FestivalSession, { id: In(ids), festivalId: festival.id });
  const known = new Set(sessions.map((s) => s.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0)
    throw new DomainError(
      ErrorCode.FESTIVAL_SESSION_UNKNOWN,
      'A chosen session is not one of this festival’s',
      [{ field: 'sessionIds', code: 'notChoice', messages: [`unknown: ${unknown.join(', ')}`] }],
    );
  // In the order chosen, so the places are taken in a stable order.
  return ids.map((id) => sessions.find((s) => s.id === id)!);
}
