import JSZip from 'jszip';
import { PDFParse } from 'pdf-parse';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import type { User } from '@app/accounts/users/user.entity';
import { Entry, EntryStatus } from '@app/entries/entries/entry.entity';
import { MemberConfirmation } from '@app/entries/members/team-member.entity';
import { Certificate, CertificateKind } from '@app/results/certificates/certificate.entity';
import { awardPrize, createContestWithFinal, createFinalist } from '../support/certificate-factory';
import type { FinalFixture } from '../support/certificate-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { createListedEntry } from '../support/listing-factory';
import { enterRound } from '../support/judging-factory-advancement';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';

const TUYET = 'Nguyễn Thị Ánh Tuyết';
const CODE = /Mã xác thực: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/;

const binary = (res: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

async function pdfText(body: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(body) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

type Listed = { id: string; code: string; kind: string; personName: string; prize: unknown };

describe.each(PROFILES)('certificates (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let fixture: FinalFixture;
  let organizer: User;
  let leaderA: User;
  let tuyet: User;
  let leaderB: User;
  let leaderC: User;
  let impostor: User;
  let entryA: Entry;
  let entryB: Entry;
  let entryC: Entry;
  const tokens: Record<string, string> = {};

  const login = async (user: User) =>
    (
      await request(portal.url)
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: FACTORY_PASSWORD })
        .expect(200)
    ).body.accessToken as string;
  const get = (path: string, who?: string) => {
    const req = request(portal.url).get(path);
    return who ? req.set('authorization', `Bearer ${tokens[who]}`) : req;
  };
  const list = async (entry: Entry, who: string) =>
    (await get(`/api/v1/entries/${entry.id}/certificates`, who).expect(200)).body as Listed[];
  const download = (entry: Entry, id: string, who: string) =>
    get(`/api/v1/entries/${entry.id}/certificates/${id}.pdf`, who).buffer(true).parse(binary);

  beforeAll(async () => {
    const env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    fixture = await createContestWithFinal(db);
    organizer = await createUser(db, { role: Role.organizer, fullName: 'Phạm Quốc Bảo' });
    leaderA = await createUser(db, { fullName: 'Trần Minh Khang' });
    tuyet = await createUser(db, { fullName: TUYET });
    leaderB = await createUser(db, { fullName: 'Lê Văn Đông' });
    leaderC = await createUser(db, { fullName: 'Võ Thị Hồng' });
    // Listed (and confirmed) on B, but the account's own address was never verified: the
    // account does not prove it is that person.
    impostor = await createUser(db, { verified: false, fullName: 'Tài khoản chưa xác minh' });
    entryA = await createFinalist(db, fixture, leaderA, {
      title: 'Nông trại thông minh ứng dụng IoT',
      teamName: 'Sương Mai',
      members: [
        { fullName: TUYET, email: tuyet.email },
        {
          fullName: 'Đặng Văn Chưa',
          email: 'chua.xacnhan@example.vn',
          confirmation: MemberConfirmation.pending,
        },
      ],
    });
    entryB = await createFinalist(db, fixture, leaderB, {
      title: 'Chuỗi cà phê sạch Ba Tơ',
      members: [{ fullName: 'Tài khoản chưa xác minh', email: impostor.email }],
    });
    // Screened in, never reached the final.
    entryC = await createListedEntry(db, fixture.contest, leaderC, {
      status: EntryStatus.eliminated,
    });
    await enterRound(db, fixture.screening, [entryC]);
    await awardPrize(db, fixture, entryA, organizer.id, {
      nameVi: 'Giải Nhất',
      nameEn: 'First prize',
    });
    for (const [key, user] of Object.entries({ organizer, leaderA, tuyet, leaderB, leaderC }))
      tokens[key] = await login(user);
    const judge = await createUser(db, { role: Role.judge });
    tokens.judge = await login(judge);
  });

  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  it('gives the leader the whole team’s certificates: participation and prize per confirmed member', async () => {
    const certificates = await list(entryA, 'leaderA');
    const summary = certificates.map((c) => `${c.personName}/${c.kind}`).sort();
    expect(summary).toEqual(
      [
        `${TUYET}/participation`,
        `${TUYET}/prize`,
        'Trần Minh Khang/participation',
        'Trần Minh Khang/prize',
      ].sort(),
    );
    // The member who never confirmed took no part.
    expect(summary.join()).not.toContain('Đặng Văn Chưa');
  });

  it('gives a member only their own, and refuses a teammate’s (403) and another team’s (404)', async () => {
    const own = await list(entryA, 'tuyet');
    expect(own.map((c) => c.personName)).toEqual([TUYET, TUYET]);
    const leaders = (await list(entryA, 'leaderA')).filter((c) => c.personName !== TUYET);
    const refused = await get(
      `/api/v1/entries/${entryA.id}/certificates/${leaders[0].id}.pdf`,
      'tuyet',
    ).expect(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    const other = await get(`/api/v1/entries/${entryA.id}/certificates`, 'leaderB').expect(404);
    expect(other.body.code).toBe('NOT_FOUND');
    await get(`/api/v1/entries/${entryA.id}/certificates/${own[0].id}.pdf`, 'leaderB').expect(404);
    // B's certificate id under A's entry is not A's certificate.
    const [b] = await list(entryB, 'leaderB');
    await get(`/api/v1/entries/${entryA.id}/certificates/${b.id}.pdf`, 'leaderA').expect(404);
    await get(`/api/v1/entries/${entryA.id}/certificates`, 'judge').expect(403);
    await get(`/api/v1/entries/${entryA.id}/certificates`).expect(401);
    await get('/api/v1/entries/not-a-uuid/certificates', 'leaderA').expect(400);
    await get(`/api/v1/entries/${entryA.id}/certificates/nope.pdf`, 'leaderA').expect(400);
  });

  it('has none for an entry that did not reach the final', async () => {
    expect(await list(entryC, 'leaderC')).toEqual([]);
  });

  it('prints the same code on a second download, with Vietnamese intact', async () => {
    const participation = (await list(entryA, 'tuyet')).find((c) => c.kind === 'participation')!;
    const first = await download(entryA, participation.id, 'tuyet').expect(200);
    expect(first.headers['content-type']).toBe('application/pdf');
    const second = await download(entryA, participation.id, 'leaderA').expect(200);
    const [textOne, textTwo] = [await pdfText(first.body), await pdfText(second.body)];
    expect(textOne).toContain('GIẤY CHỨNG NHẬN');
    expect(textOne).toContain('Giấy chứng nhận này được xác thực tại');
    expect(textOne).toContain(TUYET);
    expect(textOne).toContain('Nông trại thông minh ứng dụng IoT');
    expect(textOne).toContain('Đã tham gia vòng chung kết');
    expect(textOne).toContain(fixture.contest.nameVi);
    expect(textOne.match(CODE)?.[1]).toBe(participation.code);
    expect(textTwo.match(CODE)?.[1]).toBe(participation.code);
    expect(textOne).toContain(`/certificates/verify/${participation.code}`);
    const rows = await db.manager.find(Certificate, { where: { entryId: entryA.id } });
    expect(rows).toHaveLength(4);

    const prize = (await list(entryA, 'tuyet')).find((c) => c.kind === 'prize')!;
    const prizeText = await pdfText((await download(entryA, prize.id, 'tuyet').expect(200)).body);
    expect(prizeText).toContain('Đã đạt Giải Nhất');
  });

  it('issues each certificate once when requests race', async () => {
    const late = await createUser(db, { fullName: 'Hồ Thị Ngọc Lan' });
    const entry = await createFinalist(db, fixture, late, {
      members: [{ fullName: 'Bùi Quang Vinh', email: 'vinh@example.vn' }],
    });
    tokens.late = await login(late);
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => get(`/api/v1/entries/${entry.id}/certificates`, 'late')),
    );
    const codes = answers.map((a) =>
      (a.body as Listed[])
        .map((c) => c.code)
        .sort()
        .join(),
    );
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(new Set(codes).size).toBe(1);
    expect(await db.manager.count(Certificate, { where: { entryId: entry.id } })).toBe(2);
  });

  it('verifies a genuine code, and says a forged or malformed one is not ours', async () => {
    const [certificate] = await list(entryA, 'tuyet');
    const page = await get(`/certificates/verify/${certificate.code}`).expect(200);
    expect(page.text).toContain('data-outcome="valid"');
    expect(page.text).toContain(TUYET);
    expect(page.text).toContain(fixture.contest.nameVi);
    // Typed off the paper: lower case, spaces instead of dashes.
    await get(
      `/certificates/verify?code=${encodeURIComponent(certificate.code.toLowerCase().replace(/-/g, ' '))}`,
    )
      .expect(303)
      .expect('location', `/certificates/verify/${certificate.code}`);
    const api = await get(`/api/v1/certificates/${certificate.code}`).expect(200);
    expect(api.body).toMatchObject({ code: certificate.code, status: 'valid', personName: TUYET });

    const forged = certificate.code === 'AAAA-AAAA-AAAA' ? 'BBBB-BBBB-BBBB' : 'AAAA-AAAA-AAAA';
    const unknown = await get(`/certificates/verify/${forged}`).expect(404);
    expect(unknown.text).toContain('data-outcome="unknown"');
    expect(unknown.text).not.toContain(TUYET);
    expect((await get(`/api/v1/certificates/${forged}`).expect(404)).body.code).toBe('NOT_FOUND');

    for (const bad of ['abc', '%3Cscript%3E', 'A'.repeat(60), '1234-5678-90UI'])
      expect((await get(`/certificates/verify/${bad}`).expect(400)).text).toContain(
        'data-outcome="malformed"',
      );
    expect((await get('/api/v1/certificates/abc').expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await get('/certificates/verify?code=abc').expect(400)).text).toContain(
      'data-outcome="malformed"',
    );
    await get('/certificates/verify').expect(200);
  });

  it('says a certificate of a withdrawn entry is ours but no longer valid', async () => {
    const late = await createUser(db, { fullName: 'Mai Anh Thư' });
    const entry = await createFinalist(db, fixture, late);
    tokens.thu = await login(late);
    const [certificate] = await list(entry, 'thu');
    await db.manager.update(Entry, { id: entry.id }, { status: EntryStatus.withdrawn });
    const page = await get(`/certificates/verify/${certificate.code}`).expect(200);
    expect(page.text).toContain('data-outcome="revoked"');
    expect((await get(`/api/v1/certificates/${certificate.code}`).expect(200)).body.status).toBe(
      'revoked',
    );
  });

  it('gives organizers every certificate of the contest as one ZIP, one PDF per member and kind', async () => {
    await get(`/api/v1/contests/${fixture.contest.id}/certificates.zip`, 'leaderA').expect(403);
    await get(
      '/api/v1/contests/00000000-0000-4000-8000-000000000000/certificates.zip',
      'organizer',
    ).expect(404);
    const res = await get(`/api/v1/contests/${fixture.contest.id}/certificates.zip`, 'organizer')
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const zip = await JSZip.loadAsync(res.body as Buffer);
    const names = Object.keys(zip.files);
    const issued = await db.manager.find(Certificate, { where: { contestId: fixture.contest.id } });
    // The withdrawn entry's certificate stays issued (its code still verifies, as revoked)
    // but is no longer owed.
    const owed = issued.length - 1;
    expect(names).toHaveLength(owed);
    expect(names.every((n) => n.endsWith('.pdf'))).toBe(true);
    const tuyets = names.filter((n) => n.includes('nguyen-thi-anh-tuyet'));
    expect(tuyets).toHaveLength(2);
    const text = await pdfText(await zip.file(tuyets[0])!.async('nodebuffer'));
    expect(text).toContain(TUYET);
    const codes = issued.filter((c) => c.kind === CertificateKind.prize).map((c) => c.code);
    expect(codes.every((code) => names.some((n) => n.includes(code)))).toBe(true);
  });

  it('serves the pages: the team’s list, the organizers’ ZIP page and download', async () => {
    const leaderCookie = await webSessionCookie(db, leaderA.id);
    const team = await request(portal.url)
      .get(`/entries/${entryA.id}/certificates`)
      .set('cookie', leaderCookie)
      .expect(200);
    expect(team.text).toContain(TUYET);
    const otherCookie = await webSessionCookie(db, leaderB.id);
    await request(portal.url)
      .get(`/entries/${entryA.id}/certificates`)
      .set('cookie', otherCookie)
      .expect(404);
    await request(portal.url)
      .get('/entries/nope/certificates')
      .set('cookie', leaderCookie)
      .expect(404);
    const organizerCookie = await webSessionCookie(db, organizer.id);
    const page = await request(portal.url)
      .get(`/organizer/contests/${fixture.contest.id}/certificates`)
      .set('cookie', organizerCookie)
      .expect(200);
    expect(page.text).toContain(`/organizer/contests/${fixture.contest.id}/certificates.zip`);
    await request(portal.url)
      .get(`/organizer/contests/${fixture.contest.id}/certificates.zip`)
      .set('cookie', organizerCookie)
      .buffer(true)
      .parse(binary)
      .expect(200)
      .expect('content-type', 'application/zip');
  });
});
