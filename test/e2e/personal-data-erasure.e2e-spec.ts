import { existsSync } from 'node:fs';
import request from 'supertest';
import { DataSource, In } from 'typeorm';
import { AuditLog } from '@app/accounts/audit/audit-log.entity';
import { AuthSession } from '@app/accounts/sessions/auth-session.entity';
import { RefreshToken } from '@app/accounts/sessions/refresh-token.entity';
import { UserToken } from '@app/accounts/tokens/user-token.entity';
import { Role } from '@app/accounts/users/role';
import { User } from '@app/accounts/users/user.entity';
import { Attachment } from '@app/entries/attachments/attachment.entity';
import { Entry } from '@app/entries/entries/entry.entity';
import { TeamMember } from '@app/entries/members/team-member.entity';
import { EntrySnapshot } from '@app/entries/snapshots/entry-snapshot.entity';
import { ConflictOfInterest } from '@app/judging/conflicts/conflict-of-interest.entity';
import { Score } from '@app/judging/scoring/score.entity';
import { Notification } from '@app/notifications/outbox/notification.entity';
import { FACTORY_PASSWORD, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { RunningPortal, RunningProcess, spawnApp, startPortal } from '../support/portal';
import { signIn } from '../support/entry-factory';
import { scoringScenario } from '../support/judging-factory-scoring';
import {
  databaseText,
  personWithData,
  storedMails,
  type PersonWithData,
} from '../support/personal-data-factory';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * Erasure of one's own account (Law 91/2025/QH15): every place it must reach is checked in
 * the database and the mail folder; what the contest record keeps (submitted entries,
 * scores, the audit trail) stays, under the pseudonym.
 */
describe.each(PROFILES)('erasure of personal data (%s profile)', (profile) => {
  let portal: RunningPortal;
  let worker: RunningProcess | undefined;
  let db: DataSource;
  let env: Record<string, string>;
  const api = () => request(portal.url);

  beforeAll(async () => {
    // Every password check of the suite comes from one address: room for all of them.
    env = await testEnvironment(profile, { AUTH_RATE_LIMIT_PER_MINUTE: '100' });
    portal = await startPortal(env);
    db = await openDatabase(env);
    // Production delivers mail from a worker; the file transport stores it under VAR_DIR/mail.
    if (profile === 'production') worker = spawnApp('worker', env);
  });
  afterAll(async () => {
    await Promise.all([portal?.stop(), worker?.stop()]);
    await db?.destroy();
  });

  describe('deleting one’s own account', () => {
    let person: PersonWithData;
    let mailsBefore: number;

    beforeAll(async () => {
      person = await personWithData(portal.url, db, env);
      mailsBefore = storedMails(env).length;
    });

    it('needs the current password and an explicit confirmation', async () => {
      const del = (payload: object) =>
        api().post('/api/v1/me/delete').set(bearer(person.accessToken)).send(payload);
      const wrong = await del({ password: 'không-phải-mật-khẩu', confirm: true }).expect(401);
      expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
      const unconfirmed = await del({ password: FACTORY_PASSWORD, confirm: false }).expect(400);
      expect(unconfirmed.body.details).toEqual([expect.objectContaining({ field: 'confirm' })]);
      await del({ password: FACTORY_PASSWORD, confirm: true }).expect(204);
    });

    it('leaves the name, e-mail and phone nowhere in the database or the mail folder', async () => {
      const all = await databaseText(db);
      for (const value of [person.email, person.fullName, person.phone])
        expect([value, all.includes(value)]).toEqual([value, false]);
      const mails = storedMails(env);
      expect(mails.length).toBeLessThan(mailsBefore);
      expect(mails.filter((mail) => mail.text.includes(person.email))).toEqual([]);
    });

    it('anonymises the account: pseudonym, placeholder address, no sign-in, no session', async () => {
      const user = await db.manager.findOneByOrFail(User, { id: person.id });
      expect(user).toMatchObject({
        phone: null,
        dateOfBirth: null,
        gender: null,
        organization: null,
        district: null,
        emailVerifiedAt: null,
      });
      expect(user.fullName).toMatch(/^Người dùng đã xoá #[0-9a-f]{6}$/);
      expect(user.email).toMatch(/^erased-[0-9a-f]{16}@erased\.invalid$/);
      expect(user.erasedAt).not.toBeNull();

      await api().get('/api/v1/me').set(bearer(person.accessToken)).expect(401);
      await api()
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: person.refreshToken })
        .expect(401);
      const page = await api().get('/me/data').set('cookie', person.cookie).redirects(0);
      expect(page.status).toBe(303);
      expect(page.headers.location).toMatch(/^\/login/);
      await api()
        .post('/api/v1/auth/login')
        .send({ email: person.email, password: FACTORY_PASSWORD })
        .expect(401);

      const sessions = await db.manager.find(AuthSession, { where: { userId: person.id } });
      expect(sessions.every((s) => s.revokedAt && s.revokeReason === 'account_erased')).toBe(true);
      expect(
        await db.manager.count(RefreshToken, {
          where: { sessionId: In(sessions.map((s) => s.id)) },
        }),
      ).toBe(0);
      expect(await db.manager.count(UserToken, { where: { userId: person.id } })).toBe(0);
    });

    it('removes the draft with its file; keeps the submitted entry and teams, pseudonymised', async () => {
      expect(await db.manager.findOneBy(Entry, { id: person.draft.id })).toBeNull();
      expect(await db.manager.countBy(Attachment, { entryId: person.draft.id })).toBe(0);
      expect(await db.manager.countBy(TeamMember, { entryId: person.draft.id })).toBe(0);
      expect(existsSync(person.draftFile)).toBe(false);

      const user = await db.manager.findOneByOrFail(User, { id: person.id });
      const kept = await db.manager.findOneByOrFail(Entry, { id: person.submitted.id });
      expect(kept).toMatchObject({ ownerId: person.id, status: 'submitted' });
      for (const entryId of [person.submitted.id, person.othersEntry.id]) {
        const rows = await db.manager.find(TeamMember, { where: { entryId } });
        const theirs = rows.filter((m) => m.email === user.email);
        expect(theirs).toEqual([
          expect.objectContaining({
            fullName: user.fullName,
            dateOfBirth: null,
            gender: null,
            organization: null,
          }),
        ]);
        const snapshot = await db.manager.findOneByOrFail(EntrySnapshot, { entryId });
        const members = snapshot.content.members as { fullName: string; email: string }[];
        expect(members.filter((m) => m.email === user.email)).toEqual([
          expect.objectContaining({ fullName: user.fullName }),
        ]);
      }
      const conflict = await db.manager.findOneByOrFail(ConflictOfInterest, {
        contestId: person.contest.id,
      });
      expect(conflict.value).toBe(user.email);
    });

    it('cancels unsent mail, empties the rows, and never mails the erased person again', async () => {
      const rows = await db.manager.find(Notification, { where: { recipientUserId: person.id } });
      expect(rows.length).toBeGreaterThanOrEqual(2);
      expect(rows.every((row) => Object.keys(row.data).length === 0)).toBe(true);
      expect(rows.find((row) => row.id === person.pendingMailId)?.status).toBe('cancelled');
      const queued = await db.manager.findOneByOrFail(Notification, { id: person.queuedMailId });
      expect(queued).toMatchObject({ status: 'cancelled', data: {} });
      expect(queued.recipientEmail).toMatch(/@erased\.invalid$/);

      const organizer = await signIn(portal.url, db, { role: Role.organizer });
      await api()
        .post(`/api/v1/entries/${person.submitted.id}/screening`)
        .set(organizer.auth)
        .send({ decision: 'eligible' })
        .expect(200);
      expect(await db.manager.count(Notification, { where: { recipientUserId: person.id } })).toBe(
        rows.length,
      );
    });

    it('frees the e-mail address for a new registration and records the erasure', async () => {
      const audit = await db.manager.findOneByOrFail(AuditLog, {
        subjectId: person.id,
        action: 'user.erased',
      });
      expect(audit).toMatchObject({ actorId: person.id, data: { by: 'self', reason: null } });
      await api()
        .post('/api/v1/auth/register')
        .send({
          email: person.email,
          password: 'một-mật-khẩu-mới-đủ-dài',
          fullName: 'Người đăng ký lại',
          consent: true,
        })
        .expect(201);
    });
  });

  it('keeps a judge’s scores and the audit trail under the pseudonym; open assignments block it', async () => {
    const s = await scoringScenario(portal.url, db, env, { judges: 1 });
    const [judge] = s.judges;
    const del = () =>
      api()
        .post('/api/v1/me/delete')
        .set(judge.auth)
        .send({ password: FACTORY_PASSWORD, confirm: true });
    expect((await del().expect(409)).body.code).toBe('OPEN_ASSIGNMENTS');

    const assignment = s.assignment(0, 0);
    await api()
      .put(`/api/v1/judging/assignments/${assignment.id}/score`)
      .set(judge.auth)
      .send({
        scores: { 'doi-moi': 30, 'kha-thi': 20, 'doi-ngu': 25 },
        commentForTeam: 'Ý tưởng tốt',
        submit: true,
      })
      .expect(200);
    const trail = await db.manager.countBy(AuditLog, { actorId: judge.id });
    await del().expect(204);

    const score = await db.manager.findOneByOrFail(Score, { assignmentId: assignment.id });
    expect(score).toMatchObject({
      judgeUserId: judge.id,
      status: 'submitted',
      values: { 'doi-moi': 30, 'kha-thi': 20, 'doi-ngu': 25 },
      commentForTeam: 'Ý tưởng tốt',
    });
    expect(await db.manager.countBy(AuditLog, { actorId: judge.id })).toBe(trail + 1);
    const organizer = await signIn(portal.url, db, { role: Role.organizer });
    const judges = await api()
      .get(`/api/v1/contests/${s.contest.id}/judges`)
      .set(organizer.auth)
      .expect(200);
    expect(JSON.stringify(judges.body)).toMatch(/Người dùng đã xoá #[0-9a-f]{6}/);
    expect(JSON.stringify(judges.body)).not.toContain(judge.email);
  });
});
