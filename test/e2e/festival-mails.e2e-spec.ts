import jsQR from 'jsqr';
import { simpleParser } from 'mailparser';
import { PNG } from 'pngjs';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { User } from '@app/accounts/users/user.entity';
import { FestivalPass } from '@app/festival/check-in/festival-pass.entity';
import type { Festival } from '@app/festival/programme/festival.entity';
import type { FestivalSession } from '@app/festival/programme/festival-session.entity';
import { Notification } from '@app/notifications/outbox/notification.entity';
import { accessTokenOf, bearer } from '../support/api-client';
import { calendarOf } from '../support/calendar-files';
import { createAwardsContest } from '../support/awards-factory';
import type { AwardsContest } from '../support/awards-factory';
import { createUser, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { createFestival, createFestivalSession } from '../support/festival-factory';
import { addContestJudge } from '../support/judging-factory-judges';
import { RunningPortal, RunningProcess, spawnApp, startPortal, waitFor } from '../support/portal';
import { parsedMailTo, SmtpSink, startSmtpSink } from '../support/smtp-sink';

describe.each(PROFILES)(
  'festival mails: pass QR, programme, session changes (%s profile)',
  (profile) => {
    let sink: SmtpSink;
    let portal: RunningPortal;
    let worker: RunningProcess | undefined;
    let db: DataSource;
    let organizer: string;
    let fixture: AwardsContest;
    let festival: Festival;
    let opening: FestivalSession;
    let seminar: FestivalSession;
    let workshop: FestivalSession;
    let pitches: FestivalSession;
    let base: string;
    const judgeEmail = `judge-${profile}@example.test`;
    const guestA = `guest-a-${profile}@example.test`;
    const guestB = `guest-b-${profile}@example.test`;

    const post = (path: string, body: object, token?: string) =>
      request(portal.url).post(path).set(bearer(token)).send(body);
    /** Every mail the sink accepted for `email` whose subject matches, parsed. */
    const mailsTo = async (email: string, subject: RegExp) => {
      const parsed = await Promise.all(
        sink.messages.filter((m) => m.to.includes(email)).map((m) => simpleParser(m.raw)),
      );
      return parsed.filter((m) => subject.test(m.subject ?? ''));
    };
    const rows = (template: string) => db.manager.findBy(Notification, { template });
    /** Waits until every row of `template` went out, then gives them. */
    const allSent = (template: string, count: number) =>
      waitFor(async () => {
        const all = await rows(template);
        return all.length === count && all.every((r) => r.status === 'sent') && all;
      }, `${count} sent ${template} mails`);
    const sessionBody = (s: FestivalSession, change: Partial<FestivalSession> = {}) => {
      const { kind, titleVi, titleEn, startTime, endTime, room, speakers, capacity } = {
        ...s,
        ...change,
      };
      return { kind, titleVi, titleEn, startTime, endTime, room, speakers, capacity };
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
      await db.manager.update(User, { id: judge.id }, { locale: 'en' });
      await addContestJudge(db, fixture.contest.id, judge.id);
      festival = await createFestival(db, fixture.contest.id, { published: true });
      opening = await createFestivalSession(db, festival, {
        kind: 'opening',
        titleVi: 'Khai mạc',
        titleEn: 'Opening',
        startTime: '08:00',
        endTime: '09:00',
        room: 'Hội trường A',
      });
      seminar = await createFestivalSession(db, festival, { startTime: '09:45', endTime: '11:00' });
      workshop = await createFestivalSession(db, festival, {
        titleVi: 'Tọa đàm: gọi vốn',
        titleEn: 'Seminar: raising funds',
        startTime: '13:00',
        endTime: '14:00',
      });
      pitches = await createFestivalSession(db, festival, {
        kind: 'final_pitches',
        titleVi: 'Chung kết',
        titleEn: 'The final',
        startTime: '14:00',
        endTime: '17:00',
        room: 'Hội trường A',
      });
      base = `/api/v1/contests/${fixture.contest.id}/festival`;
    });

    afterAll(async () => {
      await db?.destroy();
      await worker?.stop();
      await portal?.stop();
      await sink?.close();
    });

    it("mails a guest's pass with its QR code inline, which reads as the pass token", async () => {
      const guest = (email: string, sessionIds: string[], locale: string) => ({
        fullName: `Khách ${email.slice(0, 7)}`,
        email,
        sessionIds,
        locale,
      });
      await post(`${base}/guests`, guest(guestA, [seminar.id], 'vi')).expect(201);
      await post(`${base}/guests`, guest(guestB, [workshop.id], 'en')).expect(201);
      const pass = await db.manager.findOneByOrFail(FestivalPass, { email: guestA });
      const mail = await parsedMailTo(sink, guestA, /Thẻ vào cửa/);
      expect(mail.text).toContain(pass.shortCode);
      expect(mail.text).toContain(`/festival/passes/${pass.token}`);
      const [qr] = mail.attachments;
      expect(mail.attachments).toHaveLength(1);
      expect(qr.contentType).toBe('image/png');
      expect(qr.cid).toBe('festival-pass-qr@mail');
      // The parser puts an image it finds by its Content-ID into the HTML: the link holds.
      expect(mail.html).toContain(`src="data:image/png;base64,${qr.content.toString('base64')}"`);
      const png = PNG.sync.read(qr.content);
      const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(decoded?.data).toBe(pass.token);
    });

    it('mails the programme with the calendar of the day and of each person’s sessions, once', async () => {
      const first = await post(`${base}/programme/mail`, {}, organizer).expect(200);
      // Six finalist team leaders, the judge and the two guests.
      expect(first.body).toEqual({ mailed: 9, recipients: 9 });
      await allSent('festival-programme', 9);

      const judgeMail = await parsedMailTo(sink, judgeEmail, /programme/);
      expect(judgeMail.subject).toBe(`The programme of ${festival.nameEn}`);
      const day = calendarOf(judgeMail, 'programme.ics');
      expect(day.events).toHaveLength(4);
      expect(day.events.find((e) => e.uid.startsWith(opening.id))).toMatchObject({
        summary: 'Opening',
        start: '2026-12-20T01:00:00.000Z',
        end: '2026-12-20T02:00:00.000Z',
        sequence: 0,
      });
      // The judge's own sessions: the final's pitches.
      expect(calendarOf(judgeMail, 'my-sessions.ics').events).toEqual([
        expect.objectContaining({ uid: expect.stringContaining(pitches.id), summary: 'The final' }),
      ]);
      const guestMail = await parsedMailTo(sink, guestA, /Chương trình/);
      expect(guestMail.text).toContain(`/contests/${fixture.contest.slug}/festival`);
      expect(calendarOf(guestMail, 'my-sessions.ics').events).toEqual([
        expect.objectContaining({
          uid: expect.stringContaining(seminar.id),
          summary: seminar.titleVi,
          start: '2026-12-20T02:45:00.000Z',
          end: '2026-12-20T04:00:00.000Z',
        }),
      ]);

      const again = await post(`${base}/programme/mail`, {}, organizer).expect(200);
      expect(again.body).toEqual({ mailed: 0, recipients: 9 });
      expect(await rows('festival-programme')).toHaveLength(9);
      for (const email of [judgeEmail, guestA, guestB, fixture.owners[0].email])
        expect(await mailsTo(email, /programme|Chương trình/)).toHaveLength(1);
    });

    it("mails a moved session's guests an update of the same event, and no one else", async () => {
      // A new title alone moves nothing in a calendar: no mail.
      await request(portal.url)
        .put(`${base}/sessions/${seminar.id}`)
        .set(bearer(organizer))
        .send(sessionBody(seminar, { titleVi: 'Tọa đàm: chuyển đổi số' }))
        .expect(200);
      await request(portal.url)
        .put(`${base}/sessions/${seminar.id}`)
        .set(bearer(organizer))
        .send(
          sessionBody(seminar, {
            titleVi: 'Tọa đàm: chuyển đổi số',
            startTime: '10:00',
            endTime: '11:15',
          }),
        )
        .expect(200);
      const [row] = await allSent('festival-session-changed', 1);
      expect(row.recipientEmail).toBe(guestA);
      const mail = await parsedMailTo(sink, guestA, /Thay đổi phiên/);
      expect(mail.text).toContain('10:00–11:15');
      const update = calendarOf(mail, 'session.ics');
      expect(update.method).toBe('REQUEST');
      expect(update.events).toEqual([
        expect.objectContaining({
          uid: expect.stringContaining(seminar.id),
          sequence: 1,
          start: '2026-12-20T03:00:00.000Z',
          end: '2026-12-20T04:15:00.000Z',
        }),
      ]);
      const programme = await parsedMailTo(sink, guestA, /Chương trình/);
      expect(update.events[0].uid).toBe(calendarOf(programme, 'my-sessions.ics').events[0].uid);
    });

    it("mails the final's finalists and judges when the final moves, and the changed programme again", async () => {
      await request(portal.url)
        .put(`${base}/sessions/${pitches.id}`)
        .set(bearer(organizer))
        .send(sessionBody(pitches, { room: 'Hội trường B' }))
        .expect(200);
      const changed = await allSent('festival-session-changed', 1 + 7);
      const toFinal = changed.filter((r) => r.data.sessionId === pitches.id);
      expect(toFinal.map((r) => r.recipientEmail).sort()).toEqual(
        [judgeEmail, ...fixture.owners.slice(0, 6).map((o) => o.email)].sort(),
      );
      const judgeUpdate = await parsedMailTo(sink, judgeEmail, /Change to the session/);
      expect(judgeUpdate.text).toContain('Hội trường B');
      expect(calendarOf(judgeUpdate, 'session.ics').events[0].sequence).toBe(1);

      // The programme changed since it was mailed: sending it now mails everyone once more.
      const again = await post(`${base}/programme/mail`, {}, organizer).expect(200);
      expect(again.body).toEqual({ mailed: 9, recipients: 9 });
    });

    it('refuses to mail a programme that is not published', async () => {
      const other = await createAwardsContest(db);
      await createFestival(db, other.contest.id);
      const refused = await post(
        `/api/v1/contests/${other.contest.id}/festival/programme/mail`,
        {},
        organizer,
      ).expect(409);
      expect(refused.body.code).toBe('FESTIVAL_NOT_PUBLISHED');
    });
  },
);
