import { execFileSync } from 'node:child_process';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { DataSource } from 'typeorm';
import { AuditLog } from '@app/accounts/audit/audit-log.entity';
import { Role } from '@app/accounts/users/role';
import { User } from '@app/accounts/users/user.entity';
import { createContest } from '../support/contest-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';
import { csrfOf } from '../support/page-forms';

/**
 * One rule for every role change, whichever way it comes (API, admin page, judge
 * invitation, command line): an administrator cannot drop their own admin role, the last
 * administrator stays one, and each change is audited with its source.
 */
describe.each(PROFILES)('role changes (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let env: Record<string, string>;

  beforeAll(async () => {
    env = await testEnvironment(profile, { AUTH_RATE_LIMIT_PER_MINUTE: '200' });
    portal = await startPortal(env);
    db = await openDatabase(env);
  });
  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  const tokenOf = async (email: string) =>
    (
      await request(portal.url)
        .post('/api/v1/auth/login')
        .send({ email, password: FACTORY_PASSWORD })
        .expect(200)
    ).body.accessToken as string;
  const changeRole = (token: string, userId: string, role: string) =>
    request(portal.url)
      .patch(`/api/v1/users/${userId}/role`)
      .set('authorization', `Bearer ${token}`)
      .send({ role });
  const roleOf = async (id: string) => (await db.manager.findOneByOrFail(User, { id })).role;
  const roleAudit = (subjectId: string) =>
    db.manager.find(AuditLog, { where: { subjectId, action: 'user.role_changed' } });
  const pageAgent = async (userId: string): Promise<TestAgent> => {
    const agent = request.agent(portal.url);
    agent.set('cookie', await webSessionCookie(db, userId));
    return agent;
  };
  /** Demotes every other administrator, so the test decides who the admins are. */
  const onlyAdmins = async (...ids: string[]) => {
    const admins = await db.manager.findBy(User, { role: Role.admin });
    for (const admin of admins.filter((a) => !ids.includes(a.id)))
      await db.manager.update(User, { id: admin.id }, { role: Role.organizer });
  };

  it('refuses an administrator removing their own admin role (409 OWN_ADMIN_ROLE)', async () => {
    const admin = await createUser(db, { role: Role.admin });
    await createUser(db, { role: Role.admin });
    const res = await changeRole(await tokenOf(admin.email), admin.id, 'organizer');
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('OWN_ADMIN_ROLE');
    expect(await roleOf(admin.id)).toBe(Role.admin);
    expect(await roleAudit(admin.id)).toHaveLength(0);
  });

  it('refuses demoting the last administrator (409 LAST_ADMIN), and allows it once another exists', async () => {
    const first = await createUser(db, { role: Role.admin });
    const second = await createUser(db, { role: Role.admin });
    const token = await tokenOf(first.email);
    await onlyAdmins(first.id, second.id);
    // second is demoted by first: allowed, first stays.
    expect((await changeRole(token, second.id, 'organizer')).status).toBe(200);
    // Now first is the only administrator. Another account may not take it away either
    // (the CLI acts without an account): the rule is about the platform, not the actor.
    const cli = (email: string, role: string) =>
      execFileSync(
        process.execPath,
        ['dist/apps/cli/main.js', 'user:role', '--email', email, '--role', role],
        { env: { ...env, PATH: process.env.PATH ?? '' }, stdio: 'pipe' },
      ).toString();
    expect(() => cli(first.email, 'organizer')).toThrow(/only administrator/);
    expect(await roleOf(first.id)).toBe(Role.admin);
    // The command line makes the second administrator the override rule needs.
    expect(cli(second.email, 'admin')).toContain('is now admin');
    expect(await roleOf(second.id)).toBe(Role.admin);
    const [cliChange] = (await roleAudit(second.id)).filter((a) => a.data?.by === 'cli');
    expect(cliChange).toMatchObject({ actorId: null, data: { from: 'organizer', to: 'admin' } });
  });

  it('audits each change with its source and ends the person’s sessions', async () => {
    const admin = await createUser(db, { role: Role.admin });
    const target = await createUser(db);
    const targetToken = await tokenOf(target.email);
    const res = await changeRole(await tokenOf(admin.email), target.id, 'organizer').expect(200);
    expect(res.body).toMatchObject({ id: target.id, role: 'organizer', title: null });
    await request(portal.url)
      .get('/api/v1/me')
      .set('authorization', `Bearer ${targetToken}`)
      .expect(401);
    expect(await roleAudit(target.id)).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        data: { from: 'applicant', to: 'organizer', by: 'api' },
      }),
    ]);
    // No change, no audit row.
    await changeRole(await tokenOf(admin.email), target.id, 'organizer').expect(200);
    expect(await roleAudit(target.id)).toHaveLength(1);
  });

  it('makes an invited applicant a judge through the same rule, audited as an invitation', async () => {
    const organizer = await createUser(db, { role: Role.organizer });
    const applicant = await createUser(db);
    const contest = await createContest(db);
    await request(portal.url)
      .post(`/api/v1/contests/${contest.id}/judges`)
      .set('authorization', `Bearer ${await tokenOf(organizer.email)}`)
      .send({ email: applicant.email })
      .expect(201);
    expect(await roleOf(applicant.id)).toBe(Role.judge);
    expect(await roleAudit(applicant.id)).toEqual([
      expect.objectContaining({
        actorId: organizer.id,
        data: { from: 'applicant', to: 'judge', by: 'judge-invitation' },
      }),
    ]);
  });

  describe('the administrator’s page', () => {
    it('is for administrators only and linked from their menu', async () => {
      const organizer = await createUser(db, { role: Role.organizer });
      await (await pageAgent(organizer.id)).get('/admin/users').expect(403);
      const admin = await createUser(db, { role: Role.admin });
      const home = await (await pageAgent(admin.id)).get('/home').expect(200);
      expect(home.text).toContain('href="/admin/users"');
    });

    it('finds accounts by part of a name or e-mail and by role', async () => {
      const admin = await createUser(db, { role: Role.admin });
      const agent = await pageAgent(admin.id);
      const lan = await createUser(db, { fullName: 'Phạm Thị Tìm Thấy', role: Role.judge });
      const other = await createUser(db, { fullName: 'Người Khác Hẳn' });
      const byName = await agent.get('/admin/users?q=T%C3%ACm%20Th%E1%BA%A5y').expect(200);
      expect(byName.text).toContain(lan.email);
      expect(byName.text).not.toContain(other.email);
      const byEmail = await agent
        .get(`/admin/users?q=${encodeURIComponent(lan.email.toUpperCase())}`)
        .expect(200);
      expect(byEmail.text).toContain(`href="/admin/users/${lan.id}"`);
      const judges = await agent.get('/admin/users?role=judge').expect(200);
      expect(judges.text).toContain(lan.email);
      expect(judges.text).not.toContain(other.email);
      await agent.get('/admin/users?role=king').expect(400);
    });

    it('changes a role only after the confirmation step, and shows it in the history', async () => {
      const admin = await createUser(db, { role: Role.admin, fullName: 'Quản Trị Viên Một' });
      const agent = await pageAgent(admin.id);
      const target = await createUser(db, { fullName: 'Võ Văn Được Đổi' });

      const choose = await agent.get(`/admin/users/${target.id}`).expect(200);
      expect(choose.text).toContain(`action="/admin/users/${target.id}"`);
      expect(choose.text).not.toContain(`action="/admin/users/${target.id}/role"`);
      const confirm = await agent.get(`/admin/users/${target.id}?role=organizer`).expect(200);
      expect(confirm.text).toContain('Xác nhận đổi vai trò');
      expect(confirm.text).toContain('Mọi phiên đăng nhập của người này kết thúc');
      // Choosing is not changing.
      expect(await roleOf(target.id)).toBe(Role.applicant);

      const done = await agent
        .post(`/admin/users/${target.id}/role`)
        .type('form')
        .send({ _csrf: csrfOf(confirm.text), role: 'organizer' })
        .expect(303);
      expect(done.headers.location).toBe(`/admin/users/${target.id}?changed=1`);
      expect(await roleOf(target.id)).toBe(Role.organizer);
      const after = await agent.get(done.headers.location).expect(200);
      expect(after.text).toContain('Đã đổi vai trò thành &quot;Ban tổ chức&quot;');
      expect(after.text).toContain('trên trang quản trị, Quản Trị Viên Một');
      expect(await roleAudit(target.id)).toEqual([
        expect.objectContaining({
          actorId: admin.id,
          data: expect.objectContaining({ by: 'admin-page' }),
        }),
      ]);
    });

    it('explains the refusals of the rule instead of changing the role', async () => {
      const admin = await createUser(db, { role: Role.admin });
      const agent = await pageAgent(admin.id);
      const own = await agent.get(`/admin/users/${admin.id}?role=applicant`).expect(200);
      const refused = await agent
        .post(`/admin/users/${admin.id}/role`)
        .type('form')
        .send({ _csrf: csrfOf(own.text), role: 'applicant' })
        .expect(409);
      expect(refused.text).toContain('Bạn không thể tự bỏ vai trò quản trị viên của mình');
      expect(await roleOf(admin.id)).toBe(Role.admin);
      const en = await agent
        .get(`/admin/users/${admin.id}?role=applicant`)
        .set('cookie', `${await webSessionCookie(db, admin.id)}; lang=en`)
        .expect(200);
      expect(en.text).toContain('Confirm the role change');
    });
  });
});
