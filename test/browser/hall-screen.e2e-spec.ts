import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { Award, AwardSlot } from '@app/results/awards/award.entity';
import { accessTokenOf, bearer } from '../support/api-client';
import { createAwardsContest, createPrize } from '../support/awards-factory';
import type { AwardsContest } from '../support/awards-factory';
import { createUser, openDatabase } from '../support/database';
import { testEnvironment } from '../support/environment';
import { createFestival } from '../support/festival-factory';
import { RunningPortal, startPortal } from '../support/portal';
import { DESKTOP, launchChromium, PHONE, SCREENSHOTS, waitUntil } from './chromium';
import { pageProblems } from './page-checks';

/**
 * The projector in the hall: the page follows the live final by server-sent events, with
 * no reload, while an organizer opens a pitch and then reveals the prizes one by one.
 */
describe('browser: the hall screen follows the pitches and reveals the prizes', () => {
  let portal: RunningPortal;
  let db: DataSource;
  let browser: Browser;
  let page: Page;
  let fixture: AwardsContest;
  let organizer: string;
  let base: string;
  const problems: string[] = [];

  const post = (path: string) =>
    request(portal.url).post(`${base}${path}`).set(bearer(organizer)).expect(200);
  const shoot = (step: string) =>
    page.screenshot({ path: join(SCREENSHOTS, `hall-screen-${step}.png`) });

  beforeAll(async () => {
    const env = await testEnvironment('embedded');
    portal = await startPortal(env);
    db = await openDatabase(env);
    const o = await createUser(db, { role: Role.organizer });
    organizer = await accessTokenOf(portal.url, o.email);
    fixture = await createAwardsContest(db, {
      titles: [
        'Nông trại thông minh tưới tiêu tự động cho vùng đồi Ba Tơ',
        'Du lịch cộng đồng Lý Sơn',
        'Tỏi đen Lý Sơn',
        'Ứng dụng đặt lịch khám',
      ],
    });
    await createFestival(db, fixture.contest.id, {
      published: true,
      nameVi: 'Chung kết Khởi nghiệp Quảng Ngãi 2026',
    });
    const prizes = [
      await createPrize(db, fixture.contest.id, {
        kind: 'first',
        position: 0,
        nameVi: 'Giải Nhất',
      }),
      await createPrize(db, fixture.contest.id, {
        kind: 'second',
        position: 1,
        nameVi: 'Giải Nhì',
      }),
    ];
    for (const [i, prize] of prizes.entries())
      await db.manager.insert(
        Award,
        db.manager.create(Award, {
          contestId: fixture.contest.id,
          prizeId: prize.id,
          entryId: fixture.finalists.idea[i].id,
          slot: AwardSlot.confirmed,
          seat: 1,
          fromProposal: true,
          reason: null,
          replacesAwardId: null,
          proposedBy: o.id,
          confirmedBy: o.id,
          confirmedAt: new Date(),
        }),
      );
    base = `/api/v1/contests/${fixture.contest.id}/festival`;
    await request(portal.url)
      .post(`${base}/pitch-order/${fixture.contest.category.id}/draw`)
      .set(bearer(organizer))
      .expect(201);
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'vi-VN', viewport: DESKTOP });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await db?.destroy();
    await portal?.stop();
  });

  it('shows the open pitch with its timer, then each prize as the organizer reveals it', async () => {
    await page.goto(`${portal.url}/contests/${fixture.contest.slug}/festival/hall`);
    await page.waitForSelector('[data-hall][data-received]');
    expect(await page.locator('[data-idle-text]').innerText()).toBe('Chung kết sắp bắt đầu');
    expect(await page.locator('[data-voting]').isVisible()).toBe(false);

    // While the people's choice is open the hall shows where to vote, as text and as a QR.
    await post('/votes/open');
    await page.locator('[data-voting]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-vote-url]').innerText()).toBe(
      `http://portal.test/contests/${fixture.contest.slug}/festival/vote`,
    );
    expect(await page.locator('.hall__vote-qr svg').isVisible()).toBe(true);
    await shoot('voting-open');
    await post('/votes/close');
    await page.locator('[data-voting]').waitFor({ state: 'hidden' });

    const order = (await request(portal.url).get(`${base}/pitch-order`).expect(200)).body;
    const pitches: { id: string; title: string }[] = order.categories[0].pitches;
    await post(`/pitches/${pitches[0].id}/open`);
    await waitUntil(
      page,
      `document.querySelector('[data-idea]')?.textContent === ${JSON.stringify(pitches[0].title)}`,
    );
    expect(await page.locator('[data-timer]').innerText()).toMatch(/^0[78]:\d\d$/);
    expect(await page.locator('[data-timer-phase]').textContent()).toBe('Trình bày');
    await shoot('01-pitch');

    for (const pitch of pitches) await post(`/pitches/${pitch.id}/open`);
    await post(`/pitches/${pitches.at(-1)!.id}/close`);
    await waitUntil(
      page,
      `document.querySelector('[data-idle-text]')?.textContent === 'Các đội đã trình bày xong'`,
    );

    await post('/reveal/next');
    await page.waitForSelector('[data-hall][data-revealed="1"]');
    expect(await page.locator('[data-prizes]').innerText()).toContain('Giải Nhì');
    expect(await page.locator('[data-prizes]').innerText()).not.toContain('Giải Nhất');
    await shoot('02-second-prize');

    await post('/reveal/next');
    await page.waitForSelector('[data-hall][data-revealed="2"]');
    const shown = await page.locator('[data-prizes] li').allInnerTexts();
    expect(shown[0]).toContain('Giải Nhì');
    expect(shown[1]).toContain('Giải Nhất');
    expect(shown[1]).toContain('Nông trại thông minh tưới tiêu tự động cho vùng đồi Ba Tơ');
    await shoot('03-first-prize');

    const checks = await pageProblems(page);
    expect(checks.violations).toEqual([]);
    await page.setViewportSize(PHONE);
    expect((await pageProblems(page)).overflow).toBe(0);
    await shoot('04-phone');
    expect(problems).toEqual([]);
  }, 60_000);
});
