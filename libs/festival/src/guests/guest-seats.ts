import type { EntityManager } from 'typeorm';
import { FestivalSession } from '../programme/festival-session.entity';
import { FestivalGuestSeat } from './festival-guest-seat.entity';
import type { SeatStatus } from './festival-guest-seat.entity';

/**
 * Takes the next place in a session: a seat while the session has room, else the end of
 * its waiting line. The place's position is the session's next number and unique per
 * session, so two registrations deciding at once on the same free seat collide on the
 * position; the loser's transaction runs again and sees the seat gone.
 */
export async function takePlace(
  manager: EntityManager,
  session: FestivalSession,
  guestId: string,
): Promise<FestivalGuestSeat> {
  const [confirmed, last] = await Promise.all([
    manager.countBy(FestivalGuestSeat, { sessionId: session.id, status: 'confirmed' }),
    manager.findOne(FestivalGuestSeat, {
      where: { sessionId: session.id },
      order: { position: 'DESC' },
    }),
  ]);
  const status: SeatStatus =
    session.capacity === null || confirmed < session.capacity ? 'confirmed' : 'waiting';
  const seat = manager.create(FestivalGuestSeat, {
    guestId,
    sessionId: session.id,
    status,
    position: (last?.position ?? 0) + 1,
  });
  await manager.insert(FestivalGuestSeat, seat);
  return seat;
}

/**
 * Moves the first in line up into a seat the session now has room for, and returns that
 * place; null when no one waits or there is still no room. The update is conditional on
 * the place still waiting, so two cancellations at once cannot promote the same guest.
 */
export async function promoteNext(
  manager: EntityManager,
  session: FestivalSession,
): Promise<FestivalGuestSeat | null> {
  const confirmed = await manager.countBy(FestivalGuestSeat, {
    sessionId: session.id,
    status: 'confirmed',
  });
  if (session.capacity !== null && confirmed >= session.capacity) return null;
  const next = await manager.findOne(FestivalGuestSeat, {
    where: { sessionId: session.id, status: 'waiting' },
    order: { position: 'ASC' },
  });
  if (!next) return null;
  const moved = await manager.update(
    FestivalGuestSeat,
    { id: next.id, status: 'waiting' },
    { status: 'confirmed' },
  );
  if (!moved.affected) return null;
  next.status = 'confirmed';
  return next;
}

/** How many wait before this place (0 for a seat), for the guest's page and the API. */
export async function waitingAhead(
  manager: EntityManager,
  seat: FestivalGuestSeat,
): Promise<number> {
  if (seat.status === 'confirmed') return 0;
  return manager
    .createQueryBuilder(FestivalGuestSeat, 's')
    .where('s.sessionId = :sessionId', { sessionId: seat.sessionId })
    .andWhere("s.status = 'waiting'")
    .andWhere('s.position < :position', { position: seat.position })
    .getCount();
}
