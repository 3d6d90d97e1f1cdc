import ICAL from 'ical.js';
import { describe, expect, it } from '@jest/globals';
import type { FestivalResponse, FestivalSessionResponse } from '../programme/festival.mapper';
import { cancelledSessionCalendar, festivalCalendar, sessionUid } from './festival-calendar';

const session = (change: Partial<FestivalSessionResponse>): FestivalSessionResponse => ({
  id: '5b1d1f0e-8a52-4c7e-9d8e-2f0a3c4b5d6e',
  kind: 'opening',
  titleVi: 'Khai mạc',
  titleEn: 'Opening',
  startTime: '08:00',
  endTime: '09:30',
  startsAt: '2026-12-20T08:00:00+07:00',
  endsAt: '2026-12-20T09:30:00+07:00',
  room: 'Hội trường A',
  speakers: [],
  descriptionVi: null,
  descriptionEn: null,
  capacity: null,
  ...change,
});

const festival = (sessions: FestivalSessionResponse[], date = '2026-12-20'): FestivalResponse => ({
  id: 'f',
  contestId: 'c',
  date,
  venue: 'Trung tâm Hội nghị tỉnh',
  nameVi: 'Ngày hội khởi nghiệp',
  nameEn: 'Startup festival',
  descriptionVi: null,
  descriptionEn: null,
  published: true,
  publishedAt: null,
  sessions,
  booths: [],
});

function eventsOf(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('festival calendar', () => {
  it('writes Vietnam wall-clock times as the right UTC instants (UTC+7)', () => {
    const ics = festivalCalendar(festival([session({})]), 'vi');
    expect(ics).toContain('DTSTART:20261220T010000Z');
    expect(ics).toContain('DTEND:20261220T023000Z');
    const [event] = eventsOf(ics);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-20T01:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-20T02:30:00.000Z');
  });

  it('puts a session before 07:00 on the previous UTC day', () => {
    const ics = festivalCalendar(
      festival([session({ startTime: '06:30', endTime: '07:15' })], '2027-01-01'),
      'vi',
    );
    expect(ics).toContain('DTSTART:20261231T233000Z');
    expect(ics).toContain('DTEND:20270101T001500Z');
  });

  it('is the same in June as in December: no daylight saving', () => {
    const ics = festivalCalendar(festival([session({})], '2027-06-15'), 'vi');
    expect(ics).toContain('DTSTART:20270615T010000Z');
  });

  it("keeps each session's UID, escapes text and writes the reader's language", () => {
    const tricky = session({
      titleVi: 'Tọa đàm; vốn, thị trường\\ và "khách hàng"',
      titleEn: 'Seminar: funds, markets',
      speakers: [{ name: 'TS. Lê Thị Hoa', title: 'Quỹ Đổi mới, Bộ KH&CN' }],
      descriptionVi: 'Dòng một\nDòng hai',
    });
    const ics = festivalCalendar(festival([tricky]), 'vi');
    expect(ics).toContain(`UID:${sessionUid(tricky.id)}`);
    expect(ics).toContain('SUMMARY:Tọa đàm\\; vốn\\, thị trường\\\\ và "khách hàng"');
    const [event] = eventsOf(ics);
    expect(event.uid).toBe(sessionUid(tricky.id));
    expect(event.summary).toBe(tricky.titleVi);
    expect(event.location).toBe('Hội trường A, Trung tâm Hội nghị tỉnh');
    expect(event.description).toBe(
      'Dòng một\nDòng hai\nDiễn giả: TS. Lê Thị Hoa (Quỹ Đổi mới, Bộ KH&CN)',
    );
    const [english] = eventsOf(festivalCalendar(festival([tricky]), 'en'));
    expect(english.summary).toBe('Seminar: funds, markets');
    expect(english.uid).toBe(event.uid);
  });

  it('writes one event per session, and a valid calendar for a day without any', () => {
    const two = festivalCalendar(
      festival([session({}), session({ id: 'a2c8c1c4-1111-4a4a-9b9b-000000000002' })]),
      'en',
    );
    expect(eventsOf(two)).toHaveLength(2);
    const empty = festivalCalendar(festival([]), 'vi');
    expect(empty).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(empty).toContain('X-WR-CALNAME:Ngày hội khởi nghiệp');
    expect(eventsOf(empty)).toHaveLength(0);
  });
});

describe('festival calendar updates', () => {
  it('writes an update as METHOD:REQUEST with the same UID, the raised SEQUENCE and an organizer', () => {
    const moved = session({ startTime: '10:00', endTime: '11:15' });
    const ics = festivalCalendar(festival([moved]), 'vi', [moved], {
      sequences: { [moved.id]: 2 },
      method: 'REQUEST',
      organizer: { name: 'Ngày hội', email: 'no-reply@khoinghiep.test' },
    });
    expect(ics).toContain('METHOD:REQUEST');
    const [event] = eventsOf(ics);
    expect(event.uid).toBe(sessionUid(moved.id));
    expect(event.sequence).toBe(2);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-20T03:00:00.000Z');
    expect(ics).toMatch(/ORGANIZER;CN="?Ngày hội"?:mailto:no-reply@khoinghiep.test/i);
  });

  it('publishes by default, every session at SEQUENCE 0 unless told', () => {
    const ics = festivalCalendar(festival([session({})]), 'en');
    expect(ics).not.toContain('METHOD:REQUEST');
    expect(eventsOf(ics)[0].sequence).toBe(0);
  });
});

describe('festival calendar cancellations', () => {
  it('writes METHOD:CANCEL with the same UID, STATUS:CANCELLED and the raised SEQUENCE', () => {
    const cancelled = session({});
    const ics = cancelledSessionCalendar({
      sessionId: cancelled.id,
      sequence: 3,
      start: new Date('2026-12-20T01:00:00.000Z'),
      end: new Date('2026-12-20T02:30:00.000Z'),
      title: 'Khai mạc',
      location: 'Hội trường A, Trung tâm Hội nghị tỉnh',
      calName: 'Ngày hội khởi nghiệp',
      organizer: { name: 'Ngày hội', email: 'no-reply@khoinghiep.test' },
    });
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('STATUS:CANCELLED');
    const [event] = eventsOf(ics);
    expect(event.uid).toBe(sessionUid(cancelled.id));
    expect(event.uid).toBe(eventsOf(festivalCalendar(festival([cancelled]), 'vi'))[0].uid);
    expect(event.sequence).toBe(3);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-20T01:00:00.000Z');
  });
});
