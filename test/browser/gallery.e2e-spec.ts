import type { Browser, BrowserContext } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { GalleryListing } from '@app/results/gallery/gallery-listing.entity';
import { createCategory, createContest } from '../support/contest-factory';
import type { ContestFixture } from '../support/contest-factory';
import { createUser } from '../support/database';
import { openDatabase } from '../support/database';
import { gradientPng, listInGallery, storedImage } from '../support/gallery-factory';
import { testEnvironment } from '../support/environment';
import { createListedEntry } from '../support/listing-factory';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';
import { DESKTOP, launchChromium, PHONE, waitUntil } from './chromium';
import { pageProblems, shootBoth } from './page-checks';

const IDEAS: Array<[string, string, string, [number, number, number], string]> = [
  [
    'Du lịch cộng đồng Sa Huỳnh: trải nghiệm làm muối và nghề biển truyền thống',
    'Nhóm Biển Xanh Sa Huỳnh',
    'Khách du lịch **ở cùng ngư dân**, học làm muối và nấu ăn với hải sản địa phương.',
    [14, 116, 144],
    'Phường Sa Huỳnh',
  ],
  [
    'Máy sấy nông sản dùng năng lượng mặt trời cho hợp tác xã vùng cao',
    'Nhóm Nắng Sớm',
    'Sấy quế, hồi và măng khô bằng nhiệt mặt trời, giảm 30% hao hụt sau thu hoạch.',
    [180, 83, 9],
    'Xã Măng Đen',
  ],
  [
    'Ứng dụng học tiếng Anh qua truyện dân gian cho học sinh miền núi',
    'Nhóm Mây Trắng',
    'Truyện kể song ngữ, chấm phát âm ngoại tuyến trên điện thoại phổ thông.',
    [109, 40, 217],
    'Phường Trương Quang Trọng',
  ],
];

/**
 * The gallery in a browser, at phone and desktop size, with screenshots: a visitor
 * without an account searches without accents and filters; a team leader shows the
 * entry with a picture and withdraws it. axe-core checks each page as it is shown.
 */
describe('browser journey: the public gallery of ideas', () => {
  let portal: RunningPortal;
  let db: DataSource;
  let env: Record<string, string>;
  let browser: Browser;
  let contest: ContestFixture;

  beforeAll(async () => {
    env = await testEnvironment('embedded');
    portal = await startPortal(env);
    db = await openDatabase(env);
    const created = await createContest(db, {
      nameVi: 'Cuộc thi Khởi nghiệp Đổi mới sáng tạo tỉnh Quảng Ngãi lần thứ 5',
      nameEn: 'The 5th Quang Ngai Provincial Innovation Startup Competition',
    });
    contest = created;
    const project = await createCategory(db, contest, {
      key: 'du-an',
      nameVi: 'Dự án khởi nghiệp đã có sản phẩm',
      nameEn: 'Startup project with a product',
      position: 1,
    });
    for (const [n, [title, teamName, summary, colour, commune]] of IDEAS.entries()) {
      const owner = await createUser(db);
      const entry = await createListedEntry(db, contest, owner, {
        title,
        teamName,
        summary,
        commune,
        categoryId: n === 1 ? project.id : created.category.id,
      });
      const image = await storedImage(db, env, entry.id, owner.id, gradientPng(480, 320, colour));
      await listInGallery(db, entry, n === 2 ? null : image.id, new Date(Date.now() - n * 60_000));
    }
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await db?.destroy();
    await portal?.stop();
  });

  const visitor = (javaScriptEnabled = true): Promise<BrowserContext> =>
    browser.newContext({ viewport: PHONE, javaScriptEnabled, locale: 'vi-VN' });

  it('shows the cards to a visitor on a phone and a desktop, searchable without accents', async () => {
    const context = await visitor();
    const page = await context.newPage();
    await page.goto(`${portal.url}/contests/${contest.slug}/gallery`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Thư viện ý tưởng');
    expect(await page.locator('.gallery-card').count()).toBe(3);
    // Every image is loaded from the public image route and actually decodes.
    await waitUntil(
      page,
      `[...document.images].filter((i) => i.classList.contains('gallery-card__image')).every((i) => i.complete && i.naturalWidth > 0)`,
    );
    expect(await page.locator('img.gallery-card__image').count()).toBe(2);
    expect(await pageProblems(page)).toEqual({
      violations: [],
      lang: 'vi',
      overflow: 0,
      headerBreaks: [],
    });
    await shootBoth(page, 'gallery', '01-all-ideas');
    await page.setViewportSize(DESKTOP);
    expect(await pageProblems(page)).toMatchObject({ violations: [], overflow: 0 });
    await page.setViewportSize(PHONE);

    await page.getByLabel('Tìm theo tên ý tưởng, tóm tắt hoặc tên đội').fill('sa huynh');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.waitForURL('**/gallery?q=sa+huynh*');
    expect(await page.locator('.gallery-card h2').allTextContents()).toEqual([IDEAS[0][0]]);
    await shootBoth(page, 'gallery', '02-search-sa-huynh');

    await page.goto(`${portal.url}/contests/${contest.slug}/gallery?category=du-an`);
    expect(await page.locator('.gallery-card h2').allTextContents()).toEqual([IDEAS[1][0]]);

    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForSelector('html[lang="en"]');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Gallery of ideas');
    expect(await pageProblems(page)).toMatchObject({ violations: [], lang: 'en', overflow: 0 });
    await shootBoth(page, 'gallery', '03-english-filtered');
    await context.close();
  });

  it('works without JavaScript: the filters are a plain form', async () => {
    const context = await visitor(false);
    const page = await context.newPage();
    await page.goto(`${portal.url}/contests/${contest.slug}/gallery`);
    await page.getByText('Lọc theo bảng, lĩnh vực, địa phương').click();
    await page.getByLabel('Xã / Phường').selectOption({ label: 'Măng Đen (xã)' });
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.waitForURL('**/gallery?**commune=**');
    expect(await page.locator('.gallery-card h2').allTextContents()).toEqual([IDEAS[1][0]]);
    await context.close();
  });

  it('lets a team leader show the entry with a picture, then withdraw it', async () => {
    const leader = await createUser(db, { fullName: 'Phạm Thị Thu Trang' });
    const entry = await createListedEntry(db, contest, leader, {
      title: 'Gốm Thanh Phước: quà lưu niệm từ làng nghề trăm năm',
      teamName: 'Nhóm Đất Nung',
      summary: 'Bộ quà gốm nhỏ kể chuyện làng nghề.',
    });
    const image = await storedImage(
      db,
      env,
      entry.id,
      leader.id,
      gradientPng(480, 320, [153, 27, 27]),
    );
    const context = await visitor();
    const [name, value] = (await webSessionCookie(db, leader.id)).split('=');
    await context.addCookies([{ name, value, url: portal.url }]);
    const page = await context.newPage();

    await page.goto(`${portal.url}/entries/${entry.id}`);
    await page.getByRole('link', { name: 'Giới thiệu trong thư viện ý tưởng' }).click();
    await page.waitForURL(`**/entries/${entry.id}/gallery`);
    expect(await pageProblems(page)).toEqual({
      violations: [],
      lang: 'vi',
      overflow: 0,
      headerBreaks: [],
    });
    await shootBoth(page, 'gallery', '04-team-choice');
    await page.getByLabel('anh-san-pham.png').check();
    await page.getByRole('button', { name: 'Đồng ý giới thiệu trong thư viện' }).click();
    await page.waitForURL('**/gallery?optedIn=1');
    expect(await page.getByRole('status').first().textContent()).toContain(
      'Bài dự thi đã được đưa vào thư viện ý tưởng.',
    );
    expect(await pageProblems(page)).toMatchObject({ violations: [], overflow: 0 });
    await shootBoth(page, 'gallery', '05-team-listed');
    expect(
      (await db.manager.findOneByOrFail(GalleryListing, { entryId: entry.id })).imageAttachmentId,
    ).toBe(image.id);

    await page.getByRole('link', { name: 'Xem thư viện ý tưởng' }).click();
    await page.waitForURL(`**/contests/${contest.slug}/gallery`);
    expect(await page.locator('.gallery-card h2').first().textContent()).toBe(entry.title);
    await shootBoth(page, 'gallery', '06-new-card-first');

    await page.goto(`${portal.url}/entries/${entry.id}/gallery`);
    await page.getByRole('button', { name: 'Rút khỏi thư viện' }).click();
    await page.waitForURL('**/gallery?withdrawn=1');
    await page.goto(`${portal.url}/contests/${contest.slug}/gallery`);
    expect(await page.locator('.gallery-card h2').allTextContents()).not.toContain(entry.title);
    await context.close();
  });
});
