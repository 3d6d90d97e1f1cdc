import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { User } from '@app/accounts';
import { toLocale } from '@app/platform';
import { acceptedJudges, finalistMembers } from '../check-in/pass-holders';
import { FestivalGuest } from '../guests/festival-guest.entity';
import { FestivalGuestSeat } from '../guests/festival-guest-seat.entity';
import type { SeatStatus } from '../guests/festival-guest-seat.entity';
import type { FestivalSession, SessionKind } from '../programme/festival-session.entity';

/**
 * The sessions finalists and judges are part of without registering: the final's pitches,
 * where the teams pitch and the judges score. Their programme mail's own calendar and the
 * change mails of these sessions go to them.
 */
export const PARTICIPANT_SESSION_KINDS: readonly SessionKind[] = ['final_pitches'];

/** Someone the festival mails: `key` names them for the dedupe key, `sessionIds` are theirs. */
export interface FestivalRecipient {
  key: string;
  fullName: string;
  email: string;
  locale: 'vi' | 'en';
  sessionIds: string[];
}

/**
 * Finalist team members and accepted judges (with the participant sessions), every
 * registered guest with the sessions where they hold a seat of the `statuses` given, and
 * every speaker with an address with the sessions they speak at.
 */
export async function festivalRecipients(
  manager: EntityManager,
  festivalId: string,
  contestId: string,
  sessions: Pick<FestivalSession, 'id' | 'kind' | 'speakers'>[],
  statuses: readonly SeatStatus[] = ['confirmed'],
): Promise<FestivalRecipient[]> {
  const participantSessions = sessions
    .filter((s) => PARTICIPANT_SESSION_KINDS.includes(s.kind))
    .map((s) => s.id);
  const participants = [
    ...(await finalistMembers(manager, contestId)),
    ...(await acceptedJudges(manager, contestId)),
  ].map((h) => ({ ...h, sessionIds: participantSessions }));
  const guests = await manager.findBy(FestivalGuest, { festivalId });
  const seats = guests.length
    ? await manager.findBy(FestivalGuestSeat, {
        guestId: In(guests.map((g) => g.id)),
        status: In([...statuses]),
      })
    : [];
  const order = new Map(sessions.map((s, i) => [s.id, i]));
  const seatsOf = (guestId: string) =>
    seats
      .filter((s) => s.guestId === guestId && order.has(s.sessionId))
      .sort((a, b) => order.get(a.sessionId)! - order.get(b.sessionId)!)
      .map((s) => s.sessionId);
  return [
    ...participants.map(({ key, fullName, email, locale, sessionIds }) => ({
      key,
      fullName,
      email,
      locale,
      sessionIds,
    })),
    ...guests.map((g) => ({
      key: `guest:${g.id}`,
      fullName: g.fullName,
      email: g.email,
      locale: g.locale,
      sessionIds: seatsOf(g.id),
    })),
    ...(await speakerRecipients(manager, sessions)),
  ];
}

/**
 * Speakers with an address, one per address with every session they speak at (in the
 * order given). A speaker is linked to no account: they read their mails in the language
 * of an account with the same address if there is one, else in Vietnamese.
 */
export async function speakerRecipients(
  manager: EntityManager,
  sessions: Pick<FestivalSession, 'id' | 'speakers'>[],
): Promise<FestivalRecipient[]> {
  const byEmail = new Map<string, { fullName: string; sessionIds: string[] }>();
  for (const session of sessions)
    for (const speaker of session.speakers) {
      const email = speaker.email?.trim().toLowerCase();
      if (!email) continue;
      const known = byEmail.get(email);
      if (!known) byEmail.set(email, { fullName: speaker.name, sessionIds: [session.id] });
      else if (!known.sessionIds.includes(session.id)) known.sessionIds.push(session.id);
    }
  if (byEmail.size === 0) return [];
  const accounts = await manager.find(User, {
    where: { email: In([...byEmail.keys()]) },
    select: { email: true, locale: true },
  });
  const localeOf = new Map(accounts.map((u) => [u.email.toLowerCase(), u.locale]));
  return [...byEmail].map(([email, { fullName, sessionIds }]) => ({
    key: `speaker:${email}`,
    fullName,
    email,
    locale: toLocale(localeOf.get(email)),
    sessionIds,
  }));
}
