import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { DataSource } from 'typeorm';
import { User } from '@app/accounts/users/user.entity';
import { ContestStatus } from '@app/contests/contests/contest.entity';
import {
  MemberConfirmation,
  MemberRole,
  TeamMember,
} from '@app/entries/members/team-member.entity';
import { GalleryListing } from '@app/results/gallery/gallery-listing.entity';
import { createContest } from '../support/contest-factory';
import type { ContestFixture } from '../support/contest-factory';
import { createUser, openDatabase } from '../support/database';
import { listInGallery, storedImage } from '../support/gallery-factory';
import { PROFILES, testEnvironment } from '../support/environment';
import { createListedEntry } from '../support/listing-factory';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';

const XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>';

const csrfOf = (html: string): string => {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('the page has no CSRF field');
  return match[1];
};

/**
 * The gallery's pages on both profiles: the public page (no sign-in, vi/en, search and
 * filters from the address, nothing but the cards' fields), and the team's page where the
 * leader opts in with an image or withdraws and members only look.
 */
describe.each(PROFILES)('gallery pages (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let env: Record<string, string>;
  let contest: ContestFixture;

  const browserOf = async (userId: string): Promise<TestAgent> => {
    const agent = request.agent(portal.url);
    agent.set('cookie', await webSessionCookie(db, userId));
    return agent;
  };

  beforeAll(async () => {
    env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    contest = await createContest(db, {
      codePrefix: `P${randomBytes(3).toString('hex').toUpperCase()}`,
    });
  });

  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  it('shows the public gallery without sign-in, in Vietnamese and English, with search and filters', async () => {
    const leader = await createUser(db, { fullName: 'Huỳnh Thị Ánh' });
    await db.manager.update(User, { id: leader.id }, { phone: '0912345678' });
    const beach = await createListedEntry(db, contest, leader, {
      title: `Du lịch Sa Huỳnh ${XSS}`,
      teamName: 'Đội Biển Xanh',
      summary: `Homestay **ven biển**.\n\n${XSS}`,
      commune: 'Phường Sa Huỳnh',
    });
    const image = await storedImage(db, env, beach.id, leader.id);
    await listInGallery(db, beach, image.id);
    const salt = await createListedEntry(db, contest, await createUser(db), {
      title: 'Muối sạch',
      teamName: 'Nhóm Hạt Muối',
      fieldKey: 'nong-nghiep',
    });
    await listInGallery(db, salt);
    const hidden = await createListedEntry(db, contest, await createUser(db), {
      title: 'Không đồng ý giới thiệu',
    });

    const page = await request(portal.url).get(`/contests/${contest.slug}/gallery`).expect(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('<html lang="vi">');
    expect(page.text).toContain('Thư viện ý tưởng');
    expect(page.text).toContain('Muối sạch');
    expect(page.text).toContain('Đội Biển Xanh');
    expect(page.text).toContain('<strong>ven biển</strong>');
    expect(page.text).toContain(`src="/gallery/images/${image.id}"`);
    expect(page.text).not.toContain(hidden.title);
    // Escaped and sanitised: no markup of the team's text runs.
    expect(page.text).not.toContain('<script>alert');
    expect(page.text).not.toContain('<img src=x');
    for (const secret of [leader.email, leader.fullName, '0912345678'])
      expect(page.text).not.toContain(secret);

    const english = await request(portal.url)
      .get(`/contests/${contest.slug}/gallery`)
      .set('accept-language', 'en')
      .expect(200);
    expect(english.text).toContain('<html lang="en">');
    expect(english.text).toContain('Gallery of ideas');
    expect(english.text).toContain('Digital technology');

    const searched = await request(portal.url)
      .get(`/contests/${contest.slug}/gallery`)
      .query({ q: 'sa huynh' })
      .expect(200);
    expect(searched.text).toContain('Đội Biển Xanh');
    expect(searched.text).not.toContain('Muối sạch');
    const byField = await request(portal.url)
      .get(`/contests/${contest.slug}/gallery`)
      .query({ field: 'nong-nghiep' })
      .expect(200);
    expect(byField.text).toContain('Muối sạch');
    expect(byField.text).not.toContain('Đội Biển Xanh');
    const none = await request(portal.url)
      .get(`/contests/${contest.slug}/gallery`)
      .query({ q: 'khong co y tuong nay' })
      .expect(200);
    expect(none.text).toContain('Không tìm thấy ý tưởng phù hợp');

    // The contest's page leads to its gallery.
    const contestPage = await request(portal.url).get(`/contests/${contest.slug}`).expect(200);
    expect(contestPage.text).toContain(`href="/contests/${contest.slug}/gallery"`);
  });

  it('shows the page for bad filters and pages, and a 404 for an unknown or draft contest', async () => {
    for (const query of [
      { page: '0' },
      { page: '1e308' },
      { page: '999' },
      { q: 'x'.repeat(500) },
      { commune: 'Phường Hoàn Kiếm' },
      { category: 'khong-co' },
    ])
      await request(portal.url).get(`/contests/${contest.slug}/gallery`).query(query).expect(200);
    await request(portal.url).get('/contests/khong-co-cuoc-thi-nay/gallery').expect(404);
    const draft = await createContest(db, { status: ContestStatus.draft });
    await request(portal.url).get(`/contests/${draft.slug}/gallery`).expect(404);
    await request(portal.url).get('/gallery/images/khong-phai-ma').expect(404);
  });

  it('lets the leader opt in with an image, change it and withdraw from the entry’s page', async () => {
    const leader = await createUser(db);
    const entry = await createListedEntry(db, contest, leader, { title: 'Gốm làng Thanh Phước' });
    const image = await storedImage(db, env, entry.id, leader.id);
    const browser = await browserOf(leader.id);

    const entryPage = await browser.get(`/entries/${entry.id}`).expect(200);
    expect(entryPage.text).toContain(`href="/entries/${entry.id}/gallery"`);

    const form = await browser.get(`/entries/${entry.id}/gallery`).expect(200);
    expect(form.text).toContain('Bài dự thi chưa có trong thư viện ý tưởng.');
    expect(form.text).toContain(`value="${image.id}"`);
    const opted = await browser
      .post(`/entries/${entry.id}/gallery`)
      .type('form')
      .send({ _csrf: csrfOf(form.text), imageId: image.id })
      .expect(303);
    expect(opted.headers.location).toBe(`/entries/${entry.id}/gallery?optedIn=1`);
    const listing = await db.manager.findOneByOrFail(GalleryListing, { entryId: entry.id });
    expect(listing.imageAttachmentId).toBe(image.id);
    const publicPage = await request(portal.url).get(`/contests/${contest.slug}/gallery`);
    expect(publicPage.text).toContain('Gốm làng Thanh Phước');

    // Another entry's attachment, typed into the form by hand, is refused beside the field.
    const stranger = await createListedEntry(db, contest, await createUser(db));
    const strangerImage = await storedImage(db, env, stranger.id, stranger.ownerId);
    const again = await browser.get(`/entries/${entry.id}/gallery`).expect(200);
    expect(again.text).toContain('Bài dự thi đang được giới thiệu trong thư viện ý tưởng');
    const refused = await browser
      .post(`/entries/${entry.id}/gallery`)
      .type('form')
      .send({ _csrf: csrfOf(again.text), imageId: strangerImage.id })
      .expect(400);
    expect(refused.text).toContain('Hãy chọn một ảnh của chính bài dự thi này.');

    const saved = await browser
      .post(`/entries/${entry.id}/gallery`)
      .type('form')
      .send({ _csrf: csrfOf(refused.text), imageId: '' })
      .expect(303);
    expect(saved.headers.location).toBe(`/entries/${entry.id}/gallery?saved=1`);
    expect(
      (await db.manager.findOneByOrFail(GalleryListing, { entryId: entry.id })).imageAttachmentId,
    ).toBeNull();

    const current = await browser.get(`/entries/${entry.id}/gallery`).expect(200);
    await browser
      .post(`/entries/${entry.id}/gallery/withdraw`)
      .type('form')
      .send({ _csrf: csrfOf(current.text) })
      .expect(303);
    expect(await db.manager.countBy(GalleryListing, { entryId: entry.id })).toBe(0);
    const after = await request(portal.url).get(`/contests/${contest.slug}/gallery`);
    expect(after.text).not.toContain('Gốm làng Thanh Phước');
  });

  it('shows members the state without the forms, and refuses anyone else', async () => {
    const leader = await createUser(db);
    const entry = await createListedEntry(db, contest, leader, { title: 'Nước mắm Sa Kỳ' });
    await listInGallery(db, entry);
    const member = await createUser(db);
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
    const memberBrowser = await browserOf(member.id);
    const seen = await memberBrowser.get(`/entries/${entry.id}/gallery`).expect(200);
    expect(seen.text).toContain('Bài dự thi đang được giới thiệu trong thư viện ý tưởng');
    expect(seen.text).toContain('Trưởng nhóm quyết định');
    expect(seen.text).not.toContain(`action="/entries/${entry.id}/gallery"`);
    const refused = await memberBrowser
      .post(`/entries/${entry.id}/gallery/withdraw`)
      .type('form')
      .send({ _csrf: csrfOf(seen.text) })
      .expect(403);
    expect(refused.text).toContain('Trưởng nhóm quyết định');
    expect(await db.manager.countBy(GalleryListing, { entryId: entry.id })).toBe(1);

    const outsider = await browserOf((await createUser(db)).id);
    await outsider.get(`/entries/${entry.id}/gallery`).expect(403);
    await request(portal.url).get(`/entries/${entry.id}/gallery`).redirects(0).expect(303);
  });
});
