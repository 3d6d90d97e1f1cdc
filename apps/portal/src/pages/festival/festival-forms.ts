import { DomainError, ERROR_STATUS, ErrorCode } from '@app/platform';
import { FestivalBoothDto, FestivalSessionDto, UpsertFestivalDto } from '@app/festival';
import type {
  FestivalBoothResponse,
  FestivalResponse,
  FestivalSessionResponse,
} from '@app/festival';
import type { OrganizerFailure } from '../contests/organizer-errors';
import { organizerFailureOf } from '../contests/organizer-errors';
import { isBlankRow, rowsOf, texts, validateAs } from '../contests/organizer-form-input';
import { wholeNumber } from '../contests/organizer-form-input';
import type { FormBody, Row, Validated } from '../contests/organizer-form-input';

const FESTIVAL_INPUTS = ['date', 'venue', 'nameVi', 'nameEn', 'descriptionVi', 'descriptionEn'];
const SESSION_INPUTS = [
  'kind',
  'titleVi',
  'titleEn',
  'startTime',
  'endTime',
  'room',
  'descriptionVi',
  'descriptionEn',
  'capacity',
];
const SPEAKER_INPUTS = ['name', 'title', 'email'];
const BOOTH_INPUTS = ['number', 'entryId', 'partnerName', 'partnerShowcase'];

/** Blank speaker rows under the filled ones, so a session gets a few more without a script. */
const SPARE_SPEAKER_ROWS = 2;

const orNull = (value: string) => value.trim() || null;

export function festivalValuesOf(body: FormBody): Row {
  return texts(body, FESTIVAL_INPUTS);
}

export function festivalValuesOfFestival(festival: FestivalResponse | null): Row {
  return Object.fromEntries(
    FESTIVAL_INPUTS.map((name) => [
      name,
      String((festival as Record<string, unknown> | null)?.[name] ?? ''),
    ]),
  );
}

export function toFestivalDto(v: Row): Validated<UpsertFestivalDto> {
  return validateAs(UpsertFestivalDto, {
    date: v.date.trim(),
    venue: v.venue,
    nameVi: v.nameVi,
    nameEn: v.nameEn,
    descriptionVi: orNull(v.descriptionVi),
    descriptionEn: orNull(v.descriptionEn),
  });
}

/** A session's form: its inputs, and its speakers as rows `speakers[i][name|title|email]`. */
export interface SessionValues {
  row: Row;
  speakers: Row[];
}

const withSpareRows = (speakers: Row[]): Row[] => [
  ...speakers,
  ...Array.from({ length: SPARE_SPEAKER_ROWS }, () => ({ name: '', title: '', email: '' })),
];

/** The typed speakers (blank rows dropped, so errors point at the rows shown again) and spares. */
export function sessionValuesOf(body: FormBody): SessionValues {
  const typed = rowsOf(body, 'speakers', SPEAKER_INPUTS)
    .map((r) => ({ name: r.name ?? '', title: r.title ?? '', email: r.email ?? '' }))
    .filter((row) => !isBlankRow(row));
  return { row: texts(body, SESSION_INPUTS), speakers: withSpareRows(typed) };
}

export function blankSession(): SessionValues {
  return {
    row: { ...Object.fromEntries(SESSION_INPUTS.map((n) => [n, ''])), kind: 'seminar' },
    speakers: withSpareRows([]),
  };
}

export function sessionValuesOfSession(session: FestivalSessionResponse): SessionValues {
  return {
    row: {
      kind: session.kind,
      titleVi: session.titleVi,
      titleEn: session.titleEn,
      startTime: session.startTime,
      endTime: session.endTime,
      room: session.room ?? '',
      descriptionVi: session.descriptionVi ?? '',
      descriptionEn: session.descriptionEn ?? '',
      capacity: session.capacity === null ? '' : String(session.capacity),
    },
    speakers: withSpareRows(
      session.speakers.map((s) => ({ name: s.name, title: s.title, email: s.email ?? '' })),
    ),
  };
}

/** The session form as the service's DTO; blank speaker rows are left out. */
export function toSessionDto(values: SessionValues): Validated<FestivalSessionDto> {
  const v = values.row;
  const filled = values.speakers
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => !isBlankRow(row));
  return validateAs(
    FestivalSessionDto,
    {
      kind: v.kind,
      titleVi: v.titleVi,
      titleEn: v.titleEn,
      startTime: v.startTime.trim(),
      endTime: v.endTime.trim(),
      room: orNull(v.room),
      speakers: filled.map(({ row }) => ({
        name: row.name,
        title: row.title,
        email: orNull(row.email ?? ''),
      })),
      descriptionVi: orNull(v.descriptionVi),
      descriptionEn: orNull(v.descriptionEn),
      capacity: wholeNumber(v.capacity),
    },
    { speakers: filled.map(({ index }) => index) },
  );
}

export function boothValuesOf(body: FormBody): Row {
  return texts(body, BOOTH_INPUTS);
}

export function boothValuesOfBooth(booth: FestivalBoothResponse): Row {
  return {
    number: booth.number,
    entryId: booth.entryId ?? '',
    partnerName: booth.partner ? (booth.team ?? '') : '',
    partnerShowcase: booth.partner ? (booth.idea ?? '') : '',
  };
}

/** A chosen finalist makes the booth a team's; otherwise it is the named partner's. */
export function toBoothDto(v: Row): Validated<FestivalBoothDto> {
  const entryId = v.entryId.trim();
  return validateAs(FestivalBoothDto, {
    number: v.number,
    ...(entryId
      ? { entryId }
      : { partnerName: orNull(v.partnerName), partnerShowcase: orNull(v.partnerShowcase) }),
  });
}

/** A booth's refusals said beside the input they are about. */
export function boothFailureOf(error: unknown): OrganizerFailure | undefined {
  if (
    error instanceof DomainError &&
    (error.code === ErrorCode.BOOTH_NUMBER_TAKEN ||
      error.code === ErrorCode.BOOTH_ENTRY_NOT_FINALIST)
  )
    return {
      errors: {
        [error.code === ErrorCode.BOOTH_NUMBER_TAKEN ? 'number' : 'entryId']: {
          key: `festivalPage.errors.${error.code}`,
        },
      },
      status: ERROR_STATUS[error.code],
    };
  return organizerFailureOf(error);
}
