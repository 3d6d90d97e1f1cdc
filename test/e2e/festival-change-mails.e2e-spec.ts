import { simpleParser } from 'mailparser';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { User } from '@app/accounts/users/user.entity';
import { FestivalGuestSeat } from '@app/festival/guests/festival-guest-seat.entity';
import type { Festival } from '@app/festival/programme/festival.entity';
import type { FestivalSession, Speaker } from '@app/festival/programme/festival-session.entity';
import { Notification } from '@app/notifications/outbox/notification.entity';
import { accessTokenOf, bearer } from '../support/api-client';
import { createAwardsContest } from '../support/awards-factory';
import type { AwardsContest } from '../support/awards-factory';
import { calendarOf } from '../support/calendar-files';
import { createUser, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { createFestival, createFestivalSession } from '../support/festival-factory';
import { addContestJudge } from '../support/judging-factory-judges';
import { RunningPortal, RunningProcess, spawnApp, startPortal, waitFor } from '../support/portal';
import { parsedMailTo, SmtpSink, startSmtpSink } from '../support/smtp-sink';

describe.each(PROFILES)(
  'festival change mails: speakers, a new date or venue, a cancelled session (%s profile)',
  (profile) => {
    let sink: SmtpSink;
    let portal: RunningPortal;
    let worker: RunningProcess | undefined;
    let db: DataSource;
    let organizer: string;
    let fixture: AwardsContest;
    let festival: Festival;
    let seminar: FestivalSession;
    let workshop: FestivalSession;
    let pitches: FestivalSession;
    let base: string;
    const judgeEmail = `cm-judge-${profile}@example.test`;
    const guestA = `cm-guest-a-${profile}@example.test`;
    const guestB = `cm-guest-b-${profile}@example.test`;
    // A speaker linked to no account (mailed in Vietnamese) and one whose address is an
    // English-speaking account's.
    const speakerVi = `cm-speaker-vi-${profile}@example.test`;
    const speakerEn = `cm-speaker-en-${profile}@example.test`;
    const seminarSpeakers: Speaker[] = [
      { name: 'TS. Lê Văn Minh', title: 'Sở Khoa học và Công nghệ', email: speakerVi },
    ];
    const workshopSpeakers: Speaker[] = [
      { name: 'Eve Fielding', title: 'Mekong Seed Fund', email: speakerEn },
    ];
    /** Six finalist team leaders, the judge, the two guests and the two speakers. */
    const everyone = () => [
      ...fixture.owners.slice(0, 6).map((o) => o.email),
      judgeEmail,
      guestA,
      guestB,
      speakerVi,
      speakerEn,
    ];

    const rows = (template: string) => db.manager.findBy(Notification, { template });
    const allSent = (template: string, count: number) =>
      waitFor(async () => {
        const all = await rows(template);
        return all.length === count && all.every((r) => r.status === 'sent') && all;
      }, `${count} sent ${template} mails`);
    const mailsTo = async (email: string, subject: RegExp) => {
      const parsed = await Promise.all(
        sink.messages.filter((m) => m.to.includes(email)).map((m) => simpleParser(m.raw)),
      );
      return parsed.filter((m) => subject.test(m.subject ?? ''));
    };
    const putSession = (s: FestivalSession, change: Partial<FestivalSession> = {}) => {
      const { kind, titleVi, titleEn, startTime, endTime, room, speakers, capacity } = {
        ...s,
        ...change,
      };
      return request(portal.url)
        .put(`${base}/sessions/${s.id}`)
        .set(bearer(organizer))
        .send({ kind, titleVi, titleEn, startTime, endTime, room, speakers, capacity });
    };
    const putFestival = (change: Partial<Festival>) => {
      const { date, venue, nameVi, nameEn, descriptionVi, descriptionEn } = {
        ...festival,
        ...change,
      };
      return request(portal.url)
        .put(base)
        .set(bearer(organizer))
        .send({ date, venue, nameVi, nameEn, descriptionVi, descriptionEn });
    };

    beforeAll(async () => {
      sink = await startSmtpSink();
      const env = await testEnvironment(profile, { SMTP_URL: sink.url });
      portal = await startPortal(env);
      if (profile === 'production') worker = spawnApp('worker', env);
      db = await openDatabase(env);
      organizer = await accessTokenOf(
        portal.url,
        (await createUser(db, { role: Role.organizer })).email,
      );
      fixture = await createAwardsContest(db);
      const judge = await createUser(db, { email: judgeEmail, fullName: 'Jane Judge' });
      await addContestJudge(db, fixture.contest.id, judge.id);
      const english = await createUser(db, { email: speakerEn, fullName: 'Eve Fielding' });
      await db.manager.update(User, { id: english.id }, { locale: 'en' });
      festival = await createFestival(db, fixture.contest.id, { published: true });
      seminar = await createFestivalSession(db, festival, { speakers: seminarSpeakers });
      workshop = await createFestivalSession(db, festival, {
        titleVi: 'Tọa đàm: gọi vốn',
        titleEn: 'Seminar: raising funds',
        startTime: '13:00',
        endTime: '14:00',
        speakers: workshopSpeakers,
      });
      pitches = await createFestivalSession(db, festival, {
        kind: 'final_pitches',
        titleVi: 'Chung kết',
        titleEn: 'The final',
        startTime: '14:00',
        endTime: '17:00',
        room: 'Hội trường A',
        speakers: [],
      });
      base = `/api/v1/contests/${fixture.contest.id}/festival`;
      const register = (email: string, sessionId: string, locale: string) =>
        request(portal.url)
          .post(`${base}/guests`)
          .send({ fullName: `Khách ${email.slice(3, 10)}`, email, sessionIds: [sessionId], locale })
          .expect(201);
      await register(guestA, seminar.id, 'vi');
      await register(guestB, workshop.id, 'en');
    });

    afterAll(async () => {
      await db?.destroy();
      await worker?.stop();
      await portal?.stop();
      await sink?.close();
    });

    it("keeps a speaker's address for organizers only, and refuses one that is not an address", async () => {
      const refused = await putSession(seminar, {
        speakers: [{ name: 'TS. Lê Văn Minh', title: '', email: 'not an address' }],
      }).expect(400);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
      const organizers = await request(portal.url).get(base).set(bearer(organizer)).expect(200);
      const publicView = await request(portal.url).get(base).expect(200);
      const speakersOf = (body: { sessions: { id: string; speakers: Speaker[] }[] }) =>
        body.sessions.find((s) => s.id === seminar.id)?.speakers;
      expect(speakersOf(organizers.body)).toEqual(seminarSpeakers);
      expect(speakersOf(publicView.body)).toEqual([
        { name: seminarSpeakers[0].name, title: seminarSpeakers[0].title },
      ]);
      expect(JSON.stringify(publicView.body)).not.toContain(speakerVi);
      expect(await rows('festival-session-changed')).toHaveLength(0);
    });

    it('mails a moved session’s speakers too, in their language, and a second identical save mails nobody', async () => {
      await putSession(seminar, { startTime: '10:00', endTime: '11:15' }).expect(200);
      await putSession(workshop, { room: 'Phòng 3' }).expect(200);
      const changed = await allSent('festival-session-changed', 4);
      expect(changed.map((r) => [r.recipientEmail, r.locale]).sort()).toEqual(
        [
          [guestA, 'vi'],
          [speakerVi, 'vi'],
          [guestB, 'en'],
          [speakerEn, 'en'],
        ].sort(),
      );
      const toSpeaker = await parsedMailTo(sink, speakerVi, /Thay đổi phiên/);
      expect(toSpeaker.text).toContain('10:00–11:15');
      const update = calendarOf(toSpeaker, 'session.ics');
      expect(update.method).toBe('REQUEST');
      expect(update.events).toEqual([
        expect.objectContaining({
          uid: expect.stringContaining(seminar.id),
          sequence: 1,
          start: '2026-12-20T03:00:00.000Z',
          end: '2026-12-20T04:15:00.000Z',
        }),
      ]);
      expect((await parsedMailTo(sink, speakerEn, /Change to the session/)).text).toContain(
        'Phòng 3',
      );

      await putSession(seminar, { startTime: '10:00', endTime: '11:15' }).expect(200);
      await putSession(workshop, { room: 'Phòng 3' }).expect(200);
      expect(await rows('festival-session-changed')).toHaveLength(4);
    });

    it('mails the programme to speakers with their own sessions', async () => {
      const sent = await request(portal.url)
        .post(`${base}/programme/mail`)
        .set(bearer(organizer))
        .send({})
        .expect(200);
      expect(sent.body).toEqual({ mailed: 11, recipients: 11 });
      const toSpeaker = (await allSent('festival-programme', 11)).find(
        (r) => r.recipientEmail === speakerVi,
      );
      expect(toSpeaker?.locale).toBe('vi');
      const mail = await parsedMailTo(sink, speakerVi, /Chương trình/);
      expect(calendarOf(mail, 'my-sessions.ics').events).toEqual([
        expect.objectContaining({ uid: expect.stringContaining(seminar.id), sequence: 1 }),
      ]);
    });

    it('mails everyone once when the day moves, with every event on the new date and a higher SEQUENCE', async () => {
      await putFestival({ date: '2026-12-27' }).expect(200);
      const moved = await allSent('festival-day-changed', 11);
      expect(moved.map((r) => r.recipientEmail).sort()).toEqual(everyone().sort());
      // The same details again, or a new name alone, move nothing in a calendar: no mail.
      await putFestival({ date: '2026-12-27' }).expect(200);
      await putFestival({ date: '2026-12-27', nameEn: 'Startup Festival 2026' }).expect(200);
      expect(await rows('festival-day-changed')).toHaveLength(11);

      const toGuest = await parsedMailTo(sink, guestA, /Thay đổi ngày hoặc địa điểm/);
      expect(toGuest.text).toContain('27/12/2026');
      const day = calendarOf(toGuest, 'programme.ics');
      expect(day.events).toHaveLength(3);
      // 10:00, 13:00 and 14:00 in Vietnam on the new day; each event one SEQUENCE up.
      expect(day.events.map((e) => [e.uid.split('@')[0], e.start, e.sequence]).sort()).toEqual(
        [
          [seminar.id, '2026-12-27T03:00:00.000Z', 2],
          [workshop.id, '2026-12-27T06:00:00.000Z', 2],
          [pitches.id, '2026-12-27T07:00:00.000Z', 1],
        ].sort(),
      );
      expect(calendarOf(toGuest, 'my-sessions.ics').events).toEqual([
        expect.objectContaining({ uid: expect.stringContaining(seminar.id), sequence: 2 }),
      ]);
      const toJudge = await parsedMailTo(sink, judgeEmail, /Thay đổi ngày hoặc địa điểm/);
      expect(calendarOf(toJudge, 'my-sessions.ics').events).toEqual([
        expect.objectContaining({ uid: expect.stringContaining(pitches.id) }),
      ]);
      for (const email of everyone())
        expect(await mailsTo(email, /Thay đổi ngày|New date or venue/)).toHaveLength(1);

      // A new venue is a change of its own: everyone once more, every event one SEQUENCE up.
      await putFestival({ date: '2026-12-27', venue: 'Nhà Văn hóa tỉnh Quảng Ngãi' }).expect(200);
      await allSent('festival-day-changed', 22);
      const again = await parsedMailTo(sink, speakerEn, /New date or venue/, (m) =>
        m.text!.includes('Nhà Văn hóa'),
      );
      expect(calendarOf(again, 'my-sessions.ics').events).toEqual([
        expect.objectContaining({ uid: expect.stringContaining(workshop.id), sequence: 3 }),
      ]);
      for (const email of everyone())
        expect(await mailsTo(email, /Thay đổi ngày|New date or venue/)).toHaveLength(2);
    });

    it("mails a deleted session's people its cancellation with the same UID, and releases its seats", async () => {
      const programme = await parsedMailTo(sink, guestB, /programme/);
      const [held] = calendarOf(programme, 'my-sessions.ics').events;
      await request(portal.url)
        .delete(`${base}/sessions/${workshop.id}`)
        .set(bearer(organizer))
        .expect(204);
      const cancelled = await allSent('festival-session-cancelled', 2);
      expect(cancelled.map((r) => r.recipientEmail).sort()).toEqual([guestB, speakerEn].sort());
      expect(await db.manager.countBy(FestivalGuestSeat, { sessionId: workshop.id })).toBe(0);

      const mail = await parsedMailTo(sink, guestB, /Session cancelled/);
      expect(mail.text).toContain('13:00–14:00');
      const cancellation = calendarOf(mail, 'session.ics');
      expect(cancellation.method).toBe('CANCEL');
      expect(cancellation.events).toEqual([
        expect.objectContaining({
          uid: held.uid,
          status: 'CANCELLED',
          sequence: 4,
          start: '2026-12-27T06:00:00.000Z',
        }),
      ]);
      expect(held.uid).toContain(workshop.id);
      expect(held.sequence).toBeLessThan(4);

      // Deleting it again finds nothing and mails nobody.
      await request(portal.url)
        .delete(`${base}/sessions/${workshop.id}`)
        .set(bearer(organizer))
        .expect(404);
      expect(await rows('festival-session-cancelled')).toHaveLength(2);
    });
  },
);
