import { execFileSync } from 'node:child_process';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuditLog } from '@app/accounts/audit/audit-log.entity';
import { Role } from '@app/accounts/users/role';
import { User } from '@app/accounts/users/user.entity';
import { TeamMember } from '@app/entries/members/team-member.entity';
import { createContest } from '../support/contest-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { RunningPortal, RunningProcess, spawnApp, startPortal } from '../support/portal';
import { signIn } from '../support/entry-factory';
import { createListedEntry } from '../support/listing-factory';
import { personWithData, type PersonWithData } from '../support/personal-data-factory';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

interface ExportedEntry {
  code: string;
  title: string;
  status: string;
  answers: Record<string, unknown>;
  files: { name: string; kind: string; sizeBytes: number }[];
  asMember?: { email: string; role: string }[];
}

interface ExportDocument {
  format: string;
  account: Record<string, unknown> & { sessions: unknown[] };
  entries: { led: ExportedEntry[]; memberOf: ExportedEntry[] };
  judging: unknown;
  mails: { template: string; status: string; subject: string | null }[];
}

/**
 * The person's rights over their data through the API (Law 91/2025/QH15): access (a JSON
 * export), correction (PATCH /me), and an administrator's export and erasure on a written
 * request. What erasure reaches is checked in personal-data-erasure.e2e-spec.ts.
 */
describe.each(PROFILES)('personal-data rights through the API (%s profile)', (profile) => {
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

  describe('export', () => {
    let person: PersonWithData;
    let res: request.Response;
    let body: ExportDocument;

    beforeAll(async () => {
      person = await personWithData(portal.url, db, env);
      res = await api().get('/api/v1/me/data').set(bearer(person.accessToken));
      body = res.body;
    });

    it('is a JSON download that no cache keeps', () => {
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="personal-data-\d{4}-\d{2}-\d{2}\.json"$/,
      );
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['content-type']).toMatch(/^application\/json/);
    });

    it('holds the account with its consent, the entries with answers and files, and the mails', () => {
      expect(Object.keys(body)).toEqual([
        'format',
        'generatedAt',
        'userId',
        'account',
        'certificates',
        'entries',
        'festivalPasses',
        'gallery',
        'investor',
        'judging',
        'mails',
        'peoplesChoice',
      ]);
      expect(body.format).toBe('personal-data-export/1');
      expect(body.account).toMatchObject({
        id: person.id,
        email: person.email,
        fullName: person.fullName,
        phone: person.phone,
        dateOfBirth: '2004-09-02',
        gender: 'female',
        consent: { version: '2025-1' },
      });
      expect(body.account.sessions.length).toBeGreaterThanOrEqual(2);
      const led = body.entries.led.map((e) => e.code).sort();
      expect(led).toEqual([person.draft.code, person.submitted.code].sort());
      const draft = body.entries.led.find((e) => e.code === person.draft.code)!;
      expect(draft).toMatchObject({ title: person.draft.title, status: 'draft', answers: {} });
      expect(draft.files).toEqual([
        expect.objectContaining({ name: 'bai-thuyet-trinh.pdf', kind: 'pitch_deck' }),
      ]);
      expect(draft.files[0].sizeBytes).toBeGreaterThan(0);
      expect(body.entries.memberOf).toEqual([
        expect.objectContaining({
          code: person.othersEntry.code,
          asMember: [expect.objectContaining({ email: person.email, role: 'member' })],
        }),
      ]);
      expect(body.judging).toEqual({ invitations: [], conflicts: [], scores: [] });
      expect(body.mails).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ template: 'password-reset', status: 'sent' }),
          expect.objectContaining({ template: 'welcome', status: 'pending' }),
        ]),
      );
      const reset = body.mails.find((m) => m.template === 'password-reset')!;
      expect(reset.subject).toEqual(expect.any(String));
    });

    it('holds nothing secret and nothing about the other team members', async () => {
      const user = await db.manager.findOneByOrFail(User, { id: person.id });
      for (const secret of [
        user.passwordHash,
        person.accessToken,
        person.refreshToken,
        person.cookie.split('=')[1],
        'token=',
        'passwordHash',
        'tokenHash',
        'cookieHash',
      ])
        expect([secret.slice(0, 12), res.text.includes(secret)]).toEqual([
          secret.slice(0, 12),
          false,
        ]);
      const others = await db.manager.find(TeamMember, {
        where: { entryId: person.othersEntry.id },
      });
      for (const other of others.filter((m) => m.email !== person.email))
        expect(res.text).not.toContain(other.email);
    });
  });

  it('has a rule for every table of the schema, listed by the CLI from the running registry', () => {
    const output = execFileSync(
      process.execPath,
      ['dist/apps/cli/main.js', 'personal-data:tables', '--json'],
      { env: { ...env, PATH: process.env.PATH ?? '' } },
    ).toString();
    const tables = JSON.parse(output.trim().split('\n').pop() as string) as {
      table: string;
      personal: Record<string, string>;
    }[];
    // The test's own list of entities, independent of the registrations in the app.
    expect(tables.map((t) => t.table).sort()).toEqual(
      db.entityMetadatas.map((m) => m.tableName).sort(),
    );
    const rule = (table: string, column: string) =>
      tables.find((t) => t.table === table)?.personal[column];
    for (const [table, column] of [
      ['users', 'email'],
      ['entry_members', 'email'],
      ['entry_snapshots', 'content'],
      ['notifications', 'recipientEmail'],
      ['scores', 'judgeUserId'],
      ['audit_log', 'data'],
    ])
      expect([table, column, rule(table, column)]).toEqual([table, column, expect.any(String)]);
  });

  it('corrects the profile, validates each field and audits which fields changed', async () => {
    const person = await signIn(portal.url, db);
    const patch = (payload: object) => api().patch('/api/v1/me').set(person.auth).send(payload);
    const ok = await patch({
      fullName: '  Trần Thị Đúng  ',
      phone: '+84 912 345 678',
      organization: 'Hợp tác xã Đồng Xanh',
      district: 'Huyện Sơn Tịnh',
      dateOfBirth: '2001-02-28',
      gender: 'other',
      locale: 'en',
    }).expect(200);
    expect(ok.body).toMatchObject({
      fullName: 'Trần Thị Đúng',
      phone: '+84 912 345 678',
      district: 'Huyện Sơn Tịnh',
      dateOfBirth: '2001-02-28',
      gender: 'other',
      locale: 'en',
    });
    const cleared = await patch({ phone: null, organization: '' }).expect(200);
    expect(cleared.body).toMatchObject({
      phone: null,
      organization: null,
      fullName: 'Trần Thị Đúng',
    });

    for (const [payload, field] of [
      [{ phone: 'gọi tôi' }, 'phone'],
      [{ dateOfBirth: '2999-01-01' }, 'dateOfBirth'],
      [{ dateOfBirth: '1850-06-01' }, 'dateOfBirth'],
      [{ dateOfBirth: '2001-02-30' }, 'dateOfBirth'],
      [{ fullName: null }, 'fullName'],
      [{ fullName: '   ' }, 'fullName'],
      [{ gender: 'unknown' }, 'gender'],
      [{ locale: 'fr' }, 'locale'],
      [{ email: 'moi@example.vn' }, 'email'],
    ] as const) {
      const res = await patch(payload);
      expect([field, res.status, res.body.code]).toEqual([field, 400, 'VALIDATION_FAILED']);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    const user = await db.manager.findOneByOrFail(User, { id: person.id });
    expect(user).toMatchObject({ fullName: 'Trần Thị Đúng', phone: null, email: person.email });
    const audit = await db.manager.find(AuditLog, {
      where: { subjectId: person.id, action: 'user.profile_corrected' },
      order: { createdAt: 'ASC' },
    });
    expect(audit.map((a) => a.data?.fields)).toEqual([
      'fullName,phone,organization,district,dateOfBirth,gender,locale',
      'phone,organization',
    ]);
  });

  it('lets an administrator export, correct and erase on a written request, audited; never the last admin', async () => {
    const admin = await signIn(portal.url, db, { role: Role.admin });
    const applicant = await signIn(portal.url, db);
    const target = await createUser(db);
    const submitted = await createListedEntry(db, await createContest(db), target);

    await api().get(`/api/v1/users/${target.id}/data`).set(applicant.auth).expect(403);
    await api()
      .post(`/api/v1/users/${target.id}/erase`)
      .set(applicant.auth)
      .send({ reason: 'Đơn số 1', confirm: true })
      .expect(403);
    const exported = await api().get(`/api/v1/users/${target.id}/data`).set(admin.auth).expect(200);
    expect(exported.headers['content-disposition']).toMatch(/^attachment;/);
    expect(exported.body.entries.led).toEqual([expect.objectContaining({ code: submitted.code })]);

    const correct = (auth: { authorization: string }, payload: object) =>
      api().patch(`/api/v1/users/${target.id}/profile`).set(auth).send(payload);
    await correct(applicant.auth, { reason: 'Đơn số 2', fullName: 'Tên Khác' }).expect(403);
    const unexplained = await correct(admin.auth, { fullName: 'Tên Đúng' }).expect(400);
    expect(unexplained.body.details).toEqual([expect.objectContaining({ field: 'reason' })]);
    const corrected = await correct(admin.auth, {
      reason: 'Đơn đề nghị chỉnh sửa số 3/2026',
      fullName: 'Tên Đúng Theo Đơn',
      phone: '0912 000 111',
    }).expect(200);
    expect(corrected.body).toMatchObject({ fullName: 'Tên Đúng Theo Đơn', phone: '0912 000 111' });

    const noReason = await api()
      .post(`/api/v1/users/${target.id}/erase`)
      .set(admin.auth)
      .send({ confirm: true })
      .expect(400);
    expect(noReason.body.details).toEqual([expect.objectContaining({ field: 'reason' })]);
    await api()
      .post(`/api/v1/users/${target.id}/erase`)
      .set(admin.auth)
      .send({ reason: 'Đơn yêu cầu xoá dữ liệu số 12/2026', confirm: true })
      .expect(204);
    await api()
      .post(`/api/v1/users/${target.id}/erase`)
      .set(admin.auth)
      .send({ reason: 'Đơn yêu cầu xoá dữ liệu số 12/2026', confirm: true })
      .expect(404);
    const audit = await db.manager.find(AuditLog, {
      where: { subjectId: target.id },
      order: { createdAt: 'ASC' },
    });
    expect(audit.map((a) => [a.action, a.actorId, a.data])).toEqual([
      ['user.data_exported', admin.id, { by: 'admin' }],
      [
        'user.profile_corrected',
        admin.id,
        { fields: 'fullName,phone', by: 'admin', reason: 'Đơn đề nghị chỉnh sửa số 3/2026' },
      ],
      ['user.erased', admin.id, { by: 'admin', reason: 'Đơn yêu cầu xoá dữ liệu số 12/2026' }],
    ]);
    expect((await db.manager.findOneByOrFail(User, { id: target.id })).erasedAt).not.toBeNull();

    // The only administrator cannot erase the account, neither by request nor by themselves.
    const last = await api()
      .post(`/api/v1/users/${admin.id}/erase`)
      .set(admin.auth)
      .send({ reason: 'Tự xoá', confirm: true })
      .expect(409);
    expect(last.body.code).toBe('LAST_ADMIN');
    const second = await signIn(portal.url, db, { role: Role.admin });
    await api()
      .post('/api/v1/me/delete')
      .set(admin.auth)
      .send({ password: FACTORY_PASSWORD, confirm: true })
      .expect(204);
    const alone = await api()
      .post('/api/v1/me/delete')
      .set(second.auth)
      .send({ password: FACTORY_PASSWORD, confirm: true })
      .expect(409);
    expect(alone.body.code).toBe('LAST_ADMIN');
  });
});
