import type { FestivalSession } from '../programme/festival-session.entity';
import type { FestivalGuest } from './festival-guest.entity';
import type { FestivalGuestSeat, SeatStatus } from './festival-guest-seat.entity';

/** A guest's place in one session; `waitingAhead` is 0 for a seat. */
export interface GuestPlace {
  sessionId: string;
  status: SeatStatus;
  waitingAhead: number;
}

/** What the registrant is told. The pass itself goes only to the address, by mail. */
export interface GuestRegistrationResponse {
  id: string;
  fullName: string;
  email: string;
  sessions: GuestPlace[];
}

export interface GuestListResponse {
  sessions: {
    id: string;
    titleVi: string;
    titleEn: string;
    startTime: string;
    capacity: number | null;
    confirmed: number;
    waiting: number;
  }[];
  guests: {
    id: string;
    fullName: string;
    organisation: string | null;
    email: string;
    phone: string | null;
    registeredAt: string;
    sessions: { sessionId: string; status: SeatStatus }[];
  }[];
}

export function toGuestList(
  guests: FestivalGuest[],
  sessions: FestivalSession[],
  seats: FestivalGuestSeat[],
): GuestListResponse {
  const count = (sessionId: string, status: SeatStatus) =>
    seats.filter((s) => s.sessionId === sessionId && s.status === status).length;
  return {
    sessions: sessions.map((s) => ({
      id: s.id,
      titleVi: s.titleVi,
      titleEn: s.titleEn,
      startTime: s.startTime,
      capacity: s.capacity,
      confirmed: count(s.id, 'confirmed'),
      waiting: count(s.id, 'waiting'),
    })),
    guests: guests.map((g) => ({
      id: g.id,
      fullName: g.fullName,
      organisation: g.organisation,
      email: g.email,
      phone: g.phone,
      registeredAt: g.createdAt.toISOString(),
      sessions: seats
        .filter((s) => s.guestId === g.id)
        .map((s) => ({ sessionId: s.sessionId, status: s.status })),
    })),
  };
}
