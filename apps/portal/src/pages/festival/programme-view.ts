import type { FestivalResponse, FestivalSessionResponse, SessionKind } from '@app/festival';
import type { Locale } from '@app/platform';

const inLocale = (vi: string | null, en: string | null, locale: Locale) =>
  (locale === 'en' ? (en ?? vi) : (vi ?? en)) ?? '';

/** `20/12/2026`: the festival's day as written in Vietnam (and on the English page too). */
export function dayOf(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

export interface SessionView {
  id: string;
  kind: SessionKind;
  title: string;
  /** `08:00–09:30`. */
  times: string;
  room: string | null;
  speakers: { name: string; title: string }[];
  description: string;
}

export interface ProgrammeView {
  name: string;
  day: string;
  venue: string;
  description: string;
  /** Sessions grouped by kind; groups in the order of their first session, each in time order. */
  groups: { kind: SessionKind; sessions: SessionView[] }[];
  booths: { number: string; team: string; idea: string; field: string; partner: boolean }[];
  /** The calendar files, in the reader's language. */
  dayCalendar: string;
  sessionCalendar: (sessionId: string) => string;
}

function sessionView(session: FestivalSessionResponse, locale: Locale): SessionView {
  return {
    id: session.id,
    kind: session.kind,
    title: inLocale(session.titleVi, session.titleEn, locale),
    times: `${session.startTime}–${session.endTime}`,
    room: session.room,
    speakers: session.speakers,
    description: inLocale(session.descriptionVi, session.descriptionEn, locale),
  };
}

/** The programme as the pages show it, in the reader's language. */
export function programmeView(festival: FestivalResponse, locale: Locale): ProgrammeView {
  const groups = new Map<SessionKind, SessionView[]>();
  // festival.sessions come in time order, so each group's first session sets its place.
  for (const session of festival.sessions) {
    const group = groups.get(session.kind) ?? [];
    group.push(sessionView(session, locale));
    groups.set(session.kind, group);
  }
  const calendarBase = `/api/v1/contests/${festival.contestId}/festival`;
  return {
    name: inLocale(festival.nameVi, festival.nameEn, locale),
    day: dayOf(festival.date),
    venue: festival.venue,
    description: inLocale(festival.descriptionVi, festival.descriptionEn, locale),
    groups: [...groups.entries()].map(([kind, sessions]) => ({ kind, sessions })),
    booths: festival.booths.map((b) => ({
      number: b.number,
      team: b.team ?? '',
      idea: b.idea ?? '',
      field: b.field ? inLocale(b.field.nameVi, b.field.nameEn, locale) : '',
      partner: b.partner,
    })),
    dayCalendar: `${calendarBase}.ics?lang=${locale}`,
    sessionCalendar: (sessionId) => `${calendarBase}/sessions/${sessionId}.ics?lang=${locale}`,
  };
}
