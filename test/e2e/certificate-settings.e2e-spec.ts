import { PDFParse } from 'pdf-parse';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { AuditLog } from '@app/accounts/audit/audit-log.entity';
import { Role } from '@app/accounts/users/role';
import type { User } from '@app/accounts/users/user.entity';
import type { Entry } from '@app/entries/entries/entry.entity';
import { createContestWithFinal, createFinalist } from '../support/certificate-factory';
import type { FinalFixture } from '../support/certificate-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';

const binary = (res: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)![1];

const SETTINGS = {
  organisers: ['UBND tỉnh Quảng Ngãi', 'Sở Khoa học và Công nghệ'],
  place: 'Quảng Ngãi',
  signatories: [
    { title: 'Trưởng ban giám khảo', name: 'Trần Văn Khoa' },
    { title: 'TM. Ban tổ chức', name: 'Lê Thị Hằng' },
  ],
};

describe.each(PROFILES)('certificate settings (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let fixture: FinalFixture;
  let organizer: User;
  let leader: User;
  let entry: Entry;
  let token: string;
  let leaderToken: string;

  const login = async (user: User) =>
    (
      await request(portal.url)
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: FACTORY_PASSWORD })
        .expect(200)
    ).body.accessToken as string;
  const settingsPath = () => `/api/v1/contests/${fixture.contest.id}/certificate-settings`;

  async function printed(): Promise<string> {
    const [certificate] = (
      await request(portal.url)
        .get(`/api/v1/entries/${entry.id}/certificates`)
        .set('authorization', `Bearer ${leaderToken}`)
        .expect(200)
    ).body as { id: string }[];
    const pdf = await request(portal.url)
      .get(`/api/v1/entries/${entry.id}/certificates/${certificate.id}.pdf`)
      .set('authorization', `Bearer ${leaderToken}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const parser = new PDFParse({ data: new Uint8Array(pdf.body as Buffer) });
    try {
      return (await parser.getText()).text.replace(/\s+/g, ' ');
    } finally {
      await parser.destroy();
    }
  }

  beforeAll(async () => {
    const env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    fixture = await createContestWithFinal(db);
    organizer = await createUser(db, { role: Role.organizer });
    leader = await createUser(db, { fullName: 'Hoàng Văn Thái' });
    entry = await createFinalist(db, fixture, leader);
    token = await login(organizer);
    leaderToken = await login(leader);
  });

  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  it('prints the defaults until organizers save their own, then prints theirs', async () => {
    const defaults = await request(portal.url)
      .get(settingsPath())
      .set('authorization', `Bearer ${token}`)
      .expect(200);
    expect(defaults.body).toMatchObject({ isDefault: true, place: null });
    expect(await printed()).toMatch(/^(?!.*UBND).*Ngày \d{2} tháng \d{2} năm \d{4}/);

    const saved = await request(portal.url)
      .put(settingsPath())
      .set('authorization', `Bearer ${token}`)
      .send(SETTINGS)
      .expect(200);
    expect(saved.body).toEqual({ ...SETTINGS, isDefault: false });
    const text = await printed();
    for (const expected of [
      'UBND TỈNH QUẢNG NGÃI',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'Quảng Ngãi, ngày',
      'Lê Thị Hằng',
    ])
      expect(text).toContain(expected);
    const audit = await db.manager.findOneByOrFail(AuditLog, {
      action: 'certificates.settings_saved',
      subjectId: fixture.contest.id,
    });
    expect(audit.actorId).toBe(organizer.id);
  });

  it('refuses what would not fit or is not settings, with coded 4xx', async () => {
    const put = (body: object, bearer = token) =>
      request(portal.url).put(settingsPath()).set('authorization', `Bearer ${bearer}`).send(body);
    const tooMany = await put({ ...SETTINGS, organisers: ['a', 'b', 'c', 'd', 'e'] }).expect(400);
    expect(tooMany.body.details[0]).toMatchObject({ field: 'organisers', code: 'tooMany' });
    expect((await put({ ...SETTINGS, organisers: ['  '] }).expect(400)).body.code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await put({ ...SETTINGS, signatories: [] }).expect(400)).body.code).toBe(
      'VALIDATION_FAILED',
    );
    await put({ ...SETTINGS, signatories: [{ title: '', name: 'X' }] }).expect(400);
    await put({ ...SETTINGS, colour: 'red' }).expect(400);
    await put({ ...SETTINGS, signatories: 'Trần Văn Khoa' }).expect(400);
    await put(SETTINGS, leaderToken).expect(403);
    await request(portal.url)
      .put('/api/v1/contests/00000000-0000-4000-8000-000000000000/certificate-settings')
      .set('authorization', `Bearer ${token}`)
      .send(SETTINGS)
      .expect(404);
  });

  it('saves from the organizers’ page, and shows a field error where the form went wrong', async () => {
    // An agent keeps the cookies the page sets with its form (the CSRF pair).
    const agent = request.agent(portal.url);
    agent.set('cookie', await webSessionCookie(db, organizer.id));
    const pagePath = `/organizer/contests/${fixture.contest.id}/certificates`;
    const page = await agent.get(pagePath).expect(200);
    expect(page.text).toContain('UBND tỉnh Quảng Ngãi');
    const post = (fields: Record<string, string>) =>
      agent
        .post(`${pagePath}/settings`)
        .type('form')
        .send(new URLSearchParams({ _csrf: csrfOf(page.text), ...fields }).toString());
    // A name in the second block without its title: the error is on the second block.
    const refused = await post({
      organisers: 'Tỉnh đoàn Quảng Ngãi',
      place: '',
      signatoryTitle0: '',
      signatoryName0: '',
      signatoryTitle1: '',
      signatoryName1: 'Nguyễn Văn An',
    }).expect(400);
    expect(refused.text).toContain('id="signatoryTitle1-error"');
    expect(refused.text).toContain('Nguyễn Văn An');
    // A field sent twice arrives as a list: the form reads it as blank and says so.
    const repeated = await agent
      .post(`${pagePath}/settings`)
      .type('form')
      .send(`_csrf=${encodeURIComponent(csrfOf(page.text))}&organisers=a&organisers=b&place=x`)
      .expect(400);
    expect(repeated.text).toContain('id="organisers-error"');
    await post({
      organisers: 'Tỉnh đoàn Quảng Ngãi\n\nHội Liên hiệp Thanh niên',
      place: 'Quảng Ngãi',
      signatoryTitle0: 'Bí thư Tỉnh đoàn',
      signatoryName0: 'Nguyễn Văn An',
    })
      .expect(303)
      .expect('location', `${pagePath}?saved=1`);
    const now = await request(portal.url)
      .get(settingsPath())
      .set('authorization', `Bearer ${token}`)
      .expect(200);
    expect(now.body).toMatchObject({
      organisers: ['Tỉnh đoàn Quảng Ngãi', 'Hội Liên hiệp Thanh niên'],
      signatories: [{ title: 'Bí thư Tỉnh đoàn', name: 'Nguyễn Văn An' }],
    });
  });
});
