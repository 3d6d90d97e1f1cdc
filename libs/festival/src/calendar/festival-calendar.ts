import { createEvents } from 'ics';
import type { EventAttributes } from 'ics';
import type { Locale } from '@app/platform';
import { instantOn } from '../programme/festival-day';
import type { FestivalResponse, FestivalSessionResponse } from '../programme/festival.mapper';

/** The calendar's product identifier (PRODID). */
const PRODUCT_ID = '-//khoinghiep//festival//VI';

/**
 * The host part of every event's UID. A session's UID is its id at this host, so a
 * calendar that imports the file again updates the event instead of adding a copy.
 */
const UID_HOST = 'festival.khoinghiep.vn';

export function sessionUid(sessionId: string): string {
  return `${sessionId}@${UID_HOST}`;
}

const inLocale = (vi: string | null, en: string | null, locale: Locale) =>
  locale === 'en' ? (en ?? vi) : (vi ?? en);

/**
 * One VEVENT per session. Times are written in UTC (`DTSTART:20261220T010000Z` for
 * 08:00 in Hanoi): every calendar reads them right without a VTIMEZONE, and Vietnam's
 * UTC+7 has no daylight saving to get wrong. Escaping and line folding are the library's.
 */
function sessionEvent(
  festival: FestivalResponse,
  session: FestivalSessionResponse,
  locale: Locale,
  options: CalendarOptions,
): EventAttributes {
  const start = instantOn(festival.date, session.startTime).getTime();
  const end = instantOn(festival.date, session.endTime).getTime();
  const speakers = session.speakers.map((s) => (s.title ? `${s.name} (${s.title})` : s.name));
  const description = [
    inLocale(session.descriptionVi, session.descriptionEn, locale),
    speakers.length ? `${locale === 'en' ? 'Speakers' : 'Diễn giả'}: ${speakers.join('; ')}` : null,
  ].filter((line): line is string => !!line);
  return {
    uid: sessionUid(session.id),
    start,
    startInputType: 'utc',
    startOutputType: 'utc',
    end,
    endInputType: 'utc',
    endOutputType: 'utc',
    title: inLocale(session.titleVi, session.titleEn, locale) ?? '',
    location: [session.room, festival.venue].filter(Boolean).join(', '),
    ...(description.length ? { description: description.join('\n') } : {}),
    categories: [session.kind],
    status: 'CONFIRMED',
    sequence: options.sequences?.[session.id] ?? 0,
    ...(options.organizer ? { organizer: options.organizer } : {}),
  };
}

/** How a calendar file is meant: published (download, programme mail) or an update request. */
export interface CalendarOptions {
  /** Each session's SEQUENCE by id (0 when absent). */
  sequences?: Record<string, number>;
  /**
   * `REQUEST` for a mail that updates events already in the reader's calendar (RFC 5546:
   * same UID, higher SEQUENCE); such a message names its ORGANIZER.
   */
  method?: 'PUBLISH' | 'REQUEST';
  organizer?: { name: string; email: string };
}

/** The iCalendar file of the festival day (every session), or of the sessions given. */
export function festivalCalendar(
  festival: FestivalResponse,
  locale: Locale,
  sessions: FestivalSessionResponse[] = festival.sessions,
  options: CalendarOptions = {},
): string {
  const { error, value } = createEvents(
    sessions.map((s) => sessionEvent(festival, s, locale, options)),
    {
      productId: PRODUCT_ID,
      calName: inLocale(festival.nameVi, festival.nameEn, locale) ?? '',
      ...(options.method ? { method: options.method } : {}),
    },
  );
  if (error || !value) throw error ?? new Error('The calendar could not be written');
  return value;
}

/** A session's event as it stood when it was cancelled: what the cancellation names. */
export interface CancelledEvent {
  sessionId: string;
  /** One above the SEQUENCE last sent for the event. */
  sequence: number;
  start: Date;
  end: Date;
  title: string;
  location: string;
  calName: string;
  organizer: { name: string; email: string };
}

/**
 * The cancellation of a session's event (RFC 5546: METHOD:CANCEL, the event's UID,
 * STATUS:CANCELLED and a higher SEQUENCE), so a calendar holding the event removes it.
 * Made from the values the mail carries: the session no longer exists when it is sent.
 */
export function cancelledSessionCalendar(event: CancelledEvent): string {
  const { error, value } = createEvents(
    [
      {
        uid: sessionUid(event.sessionId),
        start: event.start.getTime(),
        startInputType: 'utc',
        startOutputType: 'utc',
        end: event.end.getTime(),
        endInputType: 'utc',
        endOutputType: 'utc',
        title: event.title,
        location: event.location,
        status: 'CANCELLED',
        sequence: event.sequence,
        organizer: event.organizer,
      },
    ],
    { productId: PRODUCT_ID, calName: event.calName, method: 'CANCEL' },
  );
  if (error || !value) throw error ?? new Error('The calendar could not be written');
  return value;
}
