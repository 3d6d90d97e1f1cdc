import request from 'supertest';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { User } from '@app/accounts/users/user.entity';
import { createUser, openDatabase } from '../support/database';
import { signIn } from '../support/entry-factory';
import { PROFILES, testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';
import { csrfOf } from '../support/page-forms';

/**
 * A person keeps their own profile, the title ("PGS.TS.") included: on the page and by
 * PATCH /me, in the personal-data export, and gone after erasure.
 */
describe.each(PROFILES)('profile with a title (%s profile)', (profile) => {
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

  const api = () => request(portal.url);
  const userOf = (id: string) => db.manager.findOneByOrFail(User, { id });

  it('sets, shows and clears the title by PATCH /me, within its length', async () => {
    const person = await signIn(portal.url, db, { role: Role.judge });
    const patch = (payload: object) => api().patch('/api/v1/me').set(person.auth).send(payload);
    const set = await patch({ title: '  PGS.TS. ', organization: 'Đại học Đà Nẵng' }).expect(200);
    expect(set.body).toMatchObject({ title: 'PGS.TS.', organization: 'Đại học Đà Nẵng' });
    expect((await api().get('/api/v1/me').set(person.auth).expect(200)).body.title).toBe('PGS.TS.');
    const tooLong = await patch({ title: 'x'.repeat(41) }).expect(400);
    expect(tooLong.body.details).toEqual([expect.objectContaining({ field: 'title' })]);
    expect((await patch({ title: '' }).expect(200)).body.title).toBeNull();
    expect((await userOf(person.id)).title).toBeNull();
  });

  it('edits name, phone, organisation, title and language on the profile page', async () => {
    const user = await createUser(db, { role: Role.judge });
    const agent = request.agent(portal.url);
    agent.set('cookie', await webSessionCookie(db, user.id));
    const page = await agent.get('/me/data').expect(200);
    expect(page.text).toContain('id="title"');
    expect(page.text).toContain('Học hàm, học vị');
    const form = {
      _csrf: csrfOf(page.text),
      fullName: 'Nguyễn Văn Giám Khảo',
      phone: '0905 111 222',
      organization: 'Trường Đại học Phạm Văn Đồng',
      title: 'TS.',
      district: '',
      dateOfBirth: '',
      gender: '',
      locale: 'en',
    };
    await agent.post('/me/data/profile').type('form').send(form).expect(303);
    expect(await userOf(user.id)).toMatchObject({
      fullName: 'Nguyễn Văn Giám Khảo',
      phone: '0905 111 222',
      organization: 'Trường Đại học Phạm Văn Đồng',
      title: 'TS.',
      locale: 'en',
    });
    const shown = await agent.get('/me/data').expect(200);
    expect(shown.text).toContain('value="TS."');
    const refused = await agent
      .post('/me/data/profile')
      .type('form')
      .send({ ...form, _csrf: csrfOf(shown.text), title: 'x'.repeat(41) })
      .expect(400);
    expect(refused.text).toContain('aria-invalid="true"');
    expect((await userOf(user.id)).title).toBe('TS.');
  });

  it('exports the title with the personal data and clears it on erasure', async () => {
    const person = await signIn(portal.url, db, { role: Role.judge });
    await api().patch('/api/v1/me').set(person.auth).send({ title: 'ThS.' }).expect(200);
    const exported = await api().get('/api/v1/me/data').set(person.auth).expect(200);
    expect(exported.body.account).toMatchObject({ title: 'ThS.' });

    const admin = await signIn(portal.url, db, { role: Role.admin });
    await api()
      .post(`/api/v1/users/${person.id}/erase`)
      .set(admin.auth)
      .send({ reason: 'Đơn yêu cầu xoá dữ liệu số 7/2026', confirm: true })
      .expect(204);
    expect(await userOf(person.id)).toMatchObject({ title: null, erasedAt: expect.any(Date) });
  });
});
