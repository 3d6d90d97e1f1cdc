import type { ContestField } from '@app/contests';
import type { Entry } from '@app/entries';
import { toVietnamIso, toVietnamIsoOrNull } from '@app/platform';
import { instantOn, minutesOf } from './festival-day';
import type { Festival } from './festival.entity';
import type { FestivalBooth } from './festival-booth.entity';
import type { FestivalSession, SessionKind, Speaker } from './festival-session.entity';

export interface FestivalSessionResponse {
  id: string;
  kind: SessionKind;
  titleVi: string;
  titleEn: string;
  /** `08:00` on the festival's day, Vietnam time. */
  startTime: string;
  endTime: string;
  /** The same instants in ISO 8601 with the +07:00 offset. */
  startsAt: string;
  endsAt: string;
  room: string | null;
  speakers: Speaker[];
  descriptionVi: string | null;
  descriptionEn: string | null;
  /** Seats for registered guests; null: no limit. */
  capacity: number | null;
}

export interface FestivalBoothResponse {
  id: string;
  number: string;
  /** Only organizers see the entry's id; the public reads its code. */
  entryId?: string | null;
  entryCode: string | null;
  /** The team's name (or its organisation), or the partner unit's name. */
  team: string | null;
  /** The idea's title, or what the partner shows. */
  idea: string | null;
  field: { key: string; nameVi: string; nameEn: string } | null;
  partner: boolean;
}

export interface FestivalResponse {
  id: string;
  contestId: string;
  date: string;
  venue: string;
  nameVi: string;
  nameEn: string;
  descriptionVi: string | null;
  descriptionEn: string | null;
  published: boolean;
  publishedAt: string | null;
  sessions: FestivalSessionResponse[];
  booths: FestivalBoothResponse[];
}

export type Audience = 'organizers' | 'public';

/** Sessions in the order of the day: by start, then by end. */
export function inTimeOrder<T extends { startTime: string; endTime: string }>(sessions: T[]): T[] {
  return [...sessions].sort(
    (a, b) =>
      minutesOf(a.startTime) - minutesOf(b.startTime) ||
      minutesOf(a.endTime) - minutesOf(b.endTime),
  );
}

/** Booths by number as people count them: 2 before 10, A2 before A10. */
export function inBoothOrder<T extends { number: string }>(booths: T[]): T[] {
  return [...booths].sort((a, b) =>
    a.number.localeCompare(b.number, 'vi', { numeric: true, sensitivity: 'base' }),
  );
}

/** Speakers as the audience may see them: their addresses are for organizers only. */
function speakersFor(speakers: Speaker[], audience: Audience): Speaker[] {
  return speakers.map(({ name, title, email }) =>
    audience === 'organizers' ? { name, title, email: email ?? null } : { name, title },
  );
}

export function toSessionResponse(
  festival: Festival,
  session: FestivalSession,
  audience: Audience,
): FestivalSessionResponse {
  return {
    id: session.id,
    kind: session.kind,
    titleVi: session.titleVi,
    titleEn: session.titleEn,
    startTime: session.startTime,
    endTime: session.endTime,
    startsAt: toVietnamIso(instantOn(festival.date, session.startTime)),
    endsAt: toVietnamIso(instantOn(festival.date, session.endTime)),
    room: session.room,
    speakers: speakersFor(session.speakers, audience),
    descriptionVi: session.descriptionVi,
    descriptionEn: session.descriptionEn,
    capacity: session.capacity,
  };
}

export function toBoothResponse(
  booth: FestivalBooth,
  entries: ReadonlyMap<string, Entry>,
  fields: readonly ContestField[],
  audience: Audience,
): FestivalBoothResponse {
  const entry = booth.entryId ? entries.get(booth.entryId) : undefined;
  const field = entry?.fieldKey ? fields.find((f) => f.key === entry.fieldKey) : undefined;
  return {
    id: booth.id,
    number: booth.number,
    ...(audience === 'organizers' ? { entryId: booth.entryId } : {}),
    entryCode: entry?.code ?? null,
    team: entry ? (entry.teamName ?? entry.organization ?? null) : booth.partnerName,
    idea: entry ? entry.title : booth.partnerShowcase,
    field: field ? { key: field.key, nameVi: field.labelVi, nameEn: field.labelEn } : null,
    partner: !booth.entryId,
  };
}

export function toFestivalResponse(
  festival: Festival,
  sessions: FestivalSession[],
  booths: FestivalBoothResponse[],
  audience: Audience,
): FestivalResponse {
  return {
    id: festival.id,
    contestId: festival.contestId,
    date: festival.date,
    venue: festival.venue,
    nameVi: festival.nameVi,
    nameEn: festival.nameEn,
    descriptionVi: festival.descriptionVi,
    descriptionEn: festival.descriptionEn,
    published: festival.publishedAt !== null,
    publishedAt: toVietnamIsoOrNull(festival.publishedAt),
    sessions: inTimeOrder(sessions).map((s) => toSessionResponse(festival, s, audience)),
    booths: inBoothOrder(booths),
  };
}
