import { randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { User } from '@app/accounts/users/user.entity';
import { AttachmentKind } from '@app/entries/attachments/attachment.entity';
import { Entry, EntryStatus } from '@app/entries/entries/entry.entity';
import {
  MemberConfirmation,
  MemberRole,
  TeamMember,
} from '@app/entries/members/team-member.entity';
import { GalleryListing } from '@app/results/gallery/gallery-listing.entity';
import { createContest } from '../support/contest-factory';
import type { ContestFixture } from '../support/contest-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { minimalPdf } from '../support/attachment-factory';
import { storedAttachment, storedImage } from '../support/gallery-factory';
import { PROFILES, testEnvironment } from '../support/environment';
import { createListedEntry } from '../support/listing-factory';
import { RunningPortal, startPortal } from '../support/portal';

/**
 * The gallery's opt-in and its public API on both profiles: the leader decides, members
 * look, others are refused; a withdrawn, draft, ineligible or erased team's entry never
 * shows; images are served only for shown cards, with safe headers.
 */
describe.each(PROFILES)('gallery opt-in and public API (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let env: Record<string, string>;
  let contest: ContestFixture;
  let organizer: string;

  const api = () => request(portal.url);
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const login = async (user: { email: string }) =>
    (
      await api()
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: FACTORY_PASSWORD })
        .expect(200)
    ).body.accessToken as string;
  const gallery = async (query: Record<string, string> = {}, ref = contest.id) =>
    (await api().get(`/api/v1/contests/${ref}/gallery`).query(query).expect(200)).body as {
      items: Array<Record<string, unknown> & { code: string; imageUrl: string | null }>;
      total: number;
      page: number;
      pageSize: number;
    };
  const codes = async (query: Record<string, string> = {}) =>
    (await gallery(query)).items.map((item) => item.code);

  /** A submitted entry with a stored image, and its leader signed in. */
  const team = async (input: Parameters<typeof createListedEntry>[3] = {}) => {
    const leader = await createUser(db, { fullName: 'Huỳnh Thị Ánh' });
    await db.manager.update(User, { id: leader.id }, { phone: '0912345678' });
    const entry = await createListedEntry(db, contest, leader, input);
    const image = await storedImage(db, env, entry.id, leader.id);
    return { leader, entry, image, token: await login(leader) };
  };
  const optIn = (token: string, entryId: string, body: object) =>
    api().put(`/api/v1/entries/${entryId}/gallery`).set(bearer(token)).send(body);

  beforeAll(async () => {
    env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    organizer = await login(await createUser(db, { role: Role.organizer }));
    contest = await createContest(db, {
      codePrefix: `G${randomBytes(3).toString('hex').toUpperCase()}`,
    });
  });

  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  it('shows an entry once its leader opts in, with the chosen image served safely', async () => {
    const { leader, entry, image, token } = await team({
      title: 'Gốm Sa Huỳnh cho du khách',
      teamName: 'Nhóm Đất Nung',
      summary: 'Quà lưu niệm từ **gốm** làng nghề.',
      commune: 'Phường Sa Huỳnh',
      members: [{ fullName: 'Lê Văn Nam', email: 'nam.le@example.vn' }],
    });
    const before = await api().get(`/api/v1/entries/${entry.id}/gallery`).set(bearer(token));
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({
      listed: false,
      available: true,
      canManage: true,
      images: [{ id: image.id, mediaType: 'image/png' }],
      galleryPath: `/contests/${contest.slug}/gallery`,
    });
    expect(await codes()).not.toContain(entry.code);

    const opted = await optIn(token, entry.id, { imageId: image.id }).expect(200);
    expect(opted.body).toMatchObject({ listed: true, shown: true, imageId: image.id });
    expect(opted.body.optedInAt).toMatch(/\+07:00$/);

    const body = await gallery();
    const card = body.items.find((item) => item.code === entry.code);
    expect(card).toEqual({
      code: entry.code,
      title: 'Gốm Sa Huỳnh cho du khách',
      summary: 'Quà lưu niệm từ **gốm** làng nghề.',
      category: { key: 'y-tuong', nameVi: 'Ý tưởng', nameEn: 'Idea' },
      field: { key: 'cong-nghe-so', nameVi: 'Công nghệ số', nameEn: 'Digital technology' },
      commune: 'Phường Sa Huỳnh',
      district: null,
      teamName: 'Nhóm Đất Nung',
      prizes: [],
      imageUrl: `/gallery/images/${image.id}`,
    });
    // Only what the card shows: never the members' names, e-mails or phones.
    const text = JSON.stringify(body);
    for (const secret of [leader.email, leader.fullName, '0912345678', 'nam.le@example.vn'])
      expect(text).not.toContain(secret);
    // The slug reaches the same gallery.
    expect((await gallery({}, contest.slug)).items.map((i) => i.code)).toContain(entry.code);

    const served = await api().get(card!.imageUrl!).buffer(true).expect(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['content-security-policy']).toContain('sandbox');
    expect(served.headers['cache-control']).toBe('no-store');
    expect(Buffer.compare(served.body as Buffer, image.bytes)).toBe(0);

    // Changing the image keeps the listing; none is a card without a picture.
    await optIn(token, entry.id, { imageId: null }).expect(200);
    const plain = (await gallery()).items.find((item) => item.code === entry.code);
    expect(plain?.imageUrl).toBeNull();
    await api().get(`/gallery/images/${image.id}`).expect(404);
  });

  it('lets only the leader decide; members and organizers see the state, others are refused', async () => {
    const { entry, image, token } = await team();
    const member = await createUser(db);
    await createListedEntry(db, contest, await createUser(db)); // an unrelated team
    await db.manager.insert(TeamMember, {
      entryId: entry.id,
      contestId: contest.id,
      fullName: member.fullName,
      email: member.email,
      searchText: '',
      role: MemberRole.member,
      userId: member.id,
      position: 1,
      confirmation: MemberConfirmation.confirmed,
    });
    const memberToken = await login(member);
    const outsider = await login(await createUser(db));
    await optIn(token, entry.id, { imageId: image.id }).expect(200);

    const seen = await api()
      .get(`/api/v1/entries/${entry.id}/gallery`)
      .set(bearer(memberToken))
      .expect(200);
    expect(seen.body).toMatchObject({ listed: true, canManage: false, images: [] });
    const forMember = await optIn(memberToken, entry.id, {}).expect(403);
    expect(forMember.body.code).toBe('FORBIDDEN');
    await api().delete(`/api/v1/entries/${entry.id}/gallery`).set(bearer(memberToken)).expect(403);

    for (const res of [
      await api().get(`/api/v1/entries/${entry.id}/gallery`).set(bearer(outsider)),
      await optIn(outsider, entry.id, { imageId: image.id }),
      await api().delete(`/api/v1/entries/${entry.id}/gallery`).set(bearer(outsider)),
    ]) {
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    }
    await api().get(`/api/v1/entries/${entry.id}/gallery`).set(bearer(organizer)).expect(200);
    await optIn(organizer, entry.id, {}).expect(403);
    await api().put(`/api/v1/entries/${entry.id}/gallery`).send({}).expect(401);
    expect((await optIn(token, randomUUID(), {}).expect(404)).body.code).toBe('NOT_FOUND');
    expect((await optIn(token, 'not-an-id', {}).expect(400)).body.code).toBe('VALIDATION_FAILED');
    // Still listed: nobody but the leader changed anything.
    expect(await codes()).toContain(entry.code);
  });

  it('refuses an image that is not one of the entry’s own images', async () => {
    const { entry, token, leader } = await team();
    const other = await team();
    const pdf = await storedAttachment(db, env, entry.id, leader.id, {
      kind: AttachmentKind.pitchDeck,
      mediaType: 'application/pdf',
      name: 'bai-thuyet-trinh.pdf',
      bytes: minimalPdf(),
    });
    for (const imageId of [other.image.id, pdf.id, randomUUID()]) {
      const res = await optIn(token, entry.id, { imageId }).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details).toEqual([expect.objectContaining({ field: 'imageId' })]);
    }
    for (const body of [{ imageId: 'x' }, { imageId: 42 }, { extra: true }])
      expect((await optIn(token, entry.id, body).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect(await codes()).not.toContain(entry.code);
  });

  it('serves only the chosen image of a shown card', async () => {
    const { entry, image, token, leader } = await team();
    const deck = await storedAttachment(db, env, entry.id, leader.id, {
      kind: AttachmentKind.image,
      mediaType: 'image/png',
      name: 'khac.png',
      bytes: image.bytes,
    });
    await api().get(`/gallery/images/${image.id}`).expect(404);
    await optIn(token, entry.id, { imageId: image.id }).expect(200);
    await api().get(`/gallery/images/${image.id}`).expect(200);
    // Another attachment of the same listed entry, unknown ids and ids that cannot be one.
    await api().get(`/gallery/images/${deck.id}`).expect(404);
    await api().get(`/gallery/images/${randomUUID()}`).expect(404);
    await api().get('/gallery/images/..%2F..%2Fetc%2Fpasswd').expect(404);
    // Fastify refuses a path parameter that long itself, before any route runs.
    const long = await api().get(`/gallery/images/${'a'.repeat(5000)}`);
    expect(long.status).toBe(414);
  });

  it('takes a withdrawn listing away at once, image included', async () => {
    const { entry, image, token } = await team();
    await optIn(token, entry.id, { imageId: image.id }).expect(200);
    expect(await codes()).toContain(entry.code);
    await api().delete(`/api/v1/entries/${entry.id}/gallery`).set(bearer(token)).expect(204);
    expect(await codes()).not.toContain(entry.code);
    await api().get(`/gallery/images/${image.id}`).expect(404);
    const state = await api().get(`/api/v1/entries/${entry.id}/gallery`).set(bearer(token));
    expect(state.body).toMatchObject({ listed: false, shown: false, imageId: null });
    // Withdrawing twice changes nothing.
    await api().delete(`/api/v1/entries/${entry.id}/gallery`).set(bearer(token)).expect(204);
    expect(await db.manager.countBy(GalleryListing, { entryId: entry.id })).toBe(0);
  });

  it('never shows a draft, a withdrawn or an ineligible entry', async () => {
    const draft = await team({ status: EntryStatus.draft, submittedAt: null });
    const refused = await optIn(draft.token, draft.entry.id, {}).expect(409);
    expect(refused.body.code).toBe('GALLERY_UNAVAILABLE');

    const withdrawn = await team();
    await optIn(withdrawn.token, withdrawn.entry.id, { imageId: withdrawn.image.id }).expect(200);
    await api()
      .post(`/api/v1/entries/${withdrawn.entry.id}/withdraw`)
      .set(bearer(withdrawn.token))
      .expect(200);
    expect(await codes()).not.toContain(withdrawn.entry.code);
    await api().get(`/gallery/images/${withdrawn.image.id}`).expect(404);
    const state = await api()
      .get(`/api/v1/entries/${withdrawn.entry.id}/gallery`)
      .set(bearer(withdrawn.token))
      .expect(200);
    expect(state.body).toMatchObject({ listed: true, shown: false, available: false });
    expect((await optIn(withdrawn.token, withdrawn.entry.id, {}).expect(409)).body.code).toBe(
      'GALLERY_UNAVAILABLE',
    );

    const screened = await team();
    await optIn(screened.token, screened.entry.id, {}).expect(200);
    expect(await codes()).toContain(screened.entry.code);
    // As the organizers' screening leaves it.
    await db.manager.update(Entry, { id: screened.entry.id }, { status: EntryStatus.ineligible });
    expect(await codes()).not.toContain(screened.entry.code);
  });

  it('drops the entry of a leader who erases their account', async () => {
    const { entry, image, token } = await team();
    await optIn(token, entry.id, { imageId: image.id }).expect(200);
    expect(await codes()).toContain(entry.code);
    // The person's data export tells what of theirs the gallery shows.
    const data = await api().get('/api/v1/me/data').set(bearer(token)).expect(200);
    expect(JSON.parse(data.text).gallery).toEqual([
      { entryCode: entry.code, imageId: image.id, optedInAt: expect.stringMatching(/\+07:00$/) },
    ]);
    await api()
      .post('/api/v1/me/delete')
      .set(bearer(token))
      .send({ password: FACTORY_PASSWORD, confirm: true })
      .expect(204);
    expect(await codes()).not.toContain(entry.code);
    await api().get(`/gallery/images/${image.id}`).expect(404);
    expect(await db.manager.countBy(GalleryListing, { entryId: entry.id })).toBe(0);
  });
});
