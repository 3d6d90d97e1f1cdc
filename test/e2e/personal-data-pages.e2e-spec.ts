import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { DataSource } from 'typeorm';
import { AuditLog } from '@app/accounts/audit/audit-log.entity';
import { Role } from '@app/accounts/users/role';
import { User } from '@app/accounts/users/user.entity';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';
import { csrfOf } from '../support/page-forms';

const h1Of = (html: string) => /<h1>([^<]*)<\/h1>/.exec(html)?.[1];

interface SignedIn {
  agent: TestAgent;
  user: User;
  cookie: string;
}

async function signedIn(url: string, db: DataSource, role = Role.applicant): Promise<SignedIn> {
  const user = await createUser(db, { role });
  const cookie = await webSessionCookie(db, user.id);
  const agent = request.agent(url);
  agent.set('cookie', cookie);
  return { agent, user, cookie };
}

/** GETs the page with the form, then posts it with the page's CSRF token; checks the status. */
async function postForm(
  agent: TestAgent,
  formPath: string,
  action: string,
  fields: object,
  status: number,
) {
  const page = await agent.get(formPath).expect(200);
  const res = await agent
    .post(action)
    .type('form')
    .send({ _csrf: csrfOf(page.text), ...fields });
  expect({ action, status: res.status }).toEqual({ action, status });
  return res;
}

/** "Dữ liệu cá nhân" and the administrator's page for written requests, as a browser uses them. */
describe.each(PROFILES)('personal-data pages (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;

  beforeAll(async () => {
    const env = await testEnvironment(profile, { AUTH_RATE_LIMIT_PER_MINUTE: '100' });
    portal = await startPortal(env);
    db = await openDatabase(env);
  });
  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  it('offers the download, the profile and the deletion, in Vietnamese and English, without inline code', async () => {
    const { agent, user, cookie } = await signedIn(portal.url, db);
    const vi = await agent.get('/me/data').expect(200);
    expect(h1Of(vi.text)).toBe('Dữ liệu cá nhân');
    expect(vi.headers['cache-control']).toBe('no-store');
    expect(vi.text).toContain('href="/me/data/download"');
    expect(vi.text).toContain('action="/me/data/profile"');
    expect(vi.text).toContain('action="/me/data/delete"');
    expect(vi.text).toContain(`value="${user.fullName}"`);
    expect(vi.text).toContain(user.email);
    expect(vi.text).not.toMatch(/<script\b[^>]*>(?!<\/script>)|<style\b|\sstyle="|\son[a-z]+="/i);
    const home = await agent.get('/home').expect(200);
    expect(home.text).toContain('<a href="/me/data">Dữ liệu cá nhân</a>');

    const en = await request(portal.url).get('/me/data').set('cookie', `${cookie}; lang=en`);
    expect(h1Of(en.text)).toBe('My data');
    expect(en.text).toContain('Delete my account');
    const register = await request(portal.url).get('/register').expect(200);
    expect(register.text).toContain('tại trang &quot;Dữ liệu cá nhân&quot;');
  });

  it('downloads the same JSON document as the API', async () => {
    const { agent, user } = await signedIn(portal.url, db);
    const res = await agent.get('/me/data/download').expect(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="personal-data-/);
    expect(res.headers['cache-control']).toBe('no-store');
    const document = JSON.parse(res.text);
    expect(document).toMatchObject({
      format: 'personal-data-export/1',
      userId: user.id,
      account: { email: user.email },
    });
  });

  it('corrects the profile from the form: saved, cleared, or refused with a message', async () => {
    const { agent, user } = await signedIn(portal.url, db);
    const form = {
      fullName: 'Lê Thị Sửa Tên',
      phone: '0905 123 456',
      organization: 'Trường Cao đẳng Kỹ thuật',
      district: 'Huyện Bình Sơn',
      dateOfBirth: '2003-07-15',
      gender: 'female',
      locale: 'vi',
    };
    const saved = await postForm(agent, '/me/data', '/me/data/profile', form, 303);
    expect(saved.headers.location).toBe('/me/data?saved=1');
    expect((await agent.get('/me/data?saved=1').expect(200)).text).toContain('Đã lưu thông tin');
    expect(await db.manager.findOneByOrFail(User, { id: user.id })).toMatchObject({
      fullName: 'Lê Thị Sửa Tên',
      phone: '0905 123 456',
      dateOfBirth: '2003-07-15',
      district: 'Huyện Bình Sơn',
    });

    await postForm(
      agent,
      '/me/data',
      '/me/data/profile',
      { ...form, phone: '', district: '' },
      303,
    );
    expect(await db.manager.findOneByOrFail(User, { id: user.id })).toMatchObject({
      phone: null,
      district: null,
      organization: 'Trường Cao đẳng Kỹ thuật',
    });

    const refused = await postForm(
      agent,
      '/me/data',
      '/me/data/profile',
      { ...form, fullName: '  ', dateOfBirth: '2999-01-01' },
      400,
    );
    expect(refused.text).toContain('Vui lòng nhập thông tin này.');
    const future = await postForm(
      agent,
      '/me/data',
      '/me/data/profile',
      { ...form, dateOfBirth: '2999-01-01' },
      400,
    );
    expect(future.text).toContain('Ngày không hợp lệ.');
    expect((await db.manager.findOneByOrFail(User, { id: user.id })).fullName).toBe(
      'Lê Thị Sửa Tên',
    );
  });

  it('deletes the account from the form after the password and the confirmation, and signs out', async () => {
    const { agent, user, cookie } = await signedIn(portal.url, db);
    const wrong = await postForm(
      agent,
      '/me/data',
      '/me/data/delete',
      { password: 'không-đúng-mật-khẩu', confirm: 'on' },
      401,
    );
    expect(wrong.text).toContain('Mật khẩu hiện tại không đúng.');
    const unconfirmed = await postForm(
      agent,
      '/me/data',
      '/me/data/delete',
      { password: FACTORY_PASSWORD },
      400,
    );
    expect(unconfirmed.text).toContain('Bạn cần đánh dấu ô xác nhận để xoá tài khoản.');

    const done = await postForm(
      agent,
      '/me/data',
      '/me/data/delete',
      { password: FACTORY_PASSWORD, confirm: 'on' },
      200,
    );
    expect(h1Of(done.text)).toBe('Tài khoản đã được xoá');
    expect(([] as string[]).concat(done.headers['set-cookie'] ?? []).join(';')).toMatch(
      /scp_session=;/,
    );
    expect(done.text).toContain('href="/login"');
    const after = await request(portal.url).get('/me/data').set('cookie', cookie).redirects(0);
    expect(after.status).toBe(303);
    expect((await db.manager.findOneByOrFail(User, { id: user.id })).erasedAt).not.toBeNull();
  });

  it('lets only an administrator find an account, download, correct and erase its data with a reference', async () => {
    const admin = await signedIn(portal.url, db, Role.admin);
    const applicant = await signedIn(portal.url, db);
    await applicant.agent.get('/admin/personal-data').expect(403);
    expect((await admin.agent.get('/home').expect(200)).text).toContain(
      'href="/admin/personal-data"',
    );

    const target = await createUser(db, { fullName: 'Đỗ Văn Yêu Cầu' });
    const lookup = `/admin/personal-data?email=${encodeURIComponent(target.email.toUpperCase())}`;
    const found = await admin.agent.get(lookup).expect(200);
    expect(found.text).toContain('Đỗ Văn Yêu Cầu');
    expect(found.text).toContain(`href="/admin/personal-data/${target.id}/download"`);
    const download = await admin.agent
      .get(`/admin/personal-data/${target.id}/download`)
      .expect(200);
    expect(JSON.parse(download.text).account.fullName).toBe('Đỗ Văn Yêu Cầu');

    const corrected = await postForm(
      admin.agent,
      lookup,
      `/admin/personal-data/${target.id}/profile`,
      { fullName: 'Đỗ Văn Đúng Tên', locale: 'vi', reason: 'Đơn đề nghị số 5/2026' },
      303,
    );
    expect(corrected.headers.location).toMatch(/^\/admin\/personal-data\?email=.+&saved=1$/);
    expect((await admin.agent.get(corrected.headers.location).expect(200)).text).toContain(
      'Đỗ Văn Đúng Tên',
    );
    const noReason = await postForm(
      admin.agent,
      lookup,
      `/admin/personal-data/${target.id}/erase`,
      { confirm: 'on' },
      400,
    );
    expect(noReason.text).toContain('Vui lòng nhập thông tin này.');
    const erased = await postForm(
      admin.agent,
      lookup,
      `/admin/personal-data/${target.id}/erase`,
      { reason: 'Đơn yêu cầu số 7/2026', confirm: 'on' },
      200,
    );
    expect(erased.text).toContain('Đã xoá dữ liệu cá nhân của tài khoản.');
    const audit = await db.manager.find(AuditLog, {
      where: { subjectId: target.id },
      order: { createdAt: 'ASC' },
    });
    expect(audit.map((a) => [a.action, a.actorId, a.data?.reason ?? null])).toEqual([
      ['user.data_exported', admin.user.id, null],
      ['user.profile_corrected', admin.user.id, 'Đơn đề nghị số 5/2026'],
      ['user.erased', admin.user.id, 'Đơn yêu cầu số 7/2026'],
    ]);
    const gone = await admin.agent.get(lookup).expect(200);
    expect(gone.text).toContain('Không có tài khoản nào với email này');
  });
});
