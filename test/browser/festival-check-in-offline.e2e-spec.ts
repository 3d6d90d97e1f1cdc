import request from 'supertest';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { FestivalCheckIn } from '@app/festival/check-in/festival-check-in.entity';
import { FestivalPass } from '@app/festival/check-in/festival-pass.entity';
import { createContest } from '../support/contest-factory';
import type { ContestFixture } from '../support/contest-factory';
import { createUser, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { createFestival, createFestivalSession } from '../support/festival-factory';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';
import { launchChromium, PHONE } from './chromium';
import { pageProblems, shootBoth } from './page-checks';

/**
 * The door when the hall's Wi-Fi drops: the staff page, opened online, keeps the day's
 * list and its own copy (service worker); offline it admits by token and by short code,
 * says "already" to a second scan, records nothing on the portal until the network
 * returns, then uploads its queue. Two phones admitting one person offline make one
 * admission and one double entry; an upload repeated counts nothing twice.
 */
describe.each(PROFILES)('browser: the offline check-in door (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let browser: Browser;
  let contest: ContestFixture;
  let festivalId: string;
  let cookie: string;
  const shots = `festival-check-in-offline-${profile}`;

  beforeAll(async () => {
    const env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    contest = await createContest(db);
    const festival = await createFestival(db, contest.id, { published: true });
    festivalId = festival.id;
    const session = await createFestivalSession(db, festival, { capacity: 10 });
    for (const [name, email] of [
      ['Trần Thị Mai', 'mai@example.test'],
      ['Lê Văn Bình', 'binh@example.test'],
      ['Phạm Thu Hà', 'ha@example.test'],
    ])
      await request(portal.url)
        .post(`/api/v1/contests/${contest.id}/festival/guests`)
        .send({ fullName: name, email, sessionIds: [session.id] })
        .expect(201);
    cookie = await webSessionCookie(db, (await createUser(db, { role: Role.organizer })).id);
    browser = await launchChromium();
    // The production profile migrates a fresh MariaDB database first: slow on a busy machine.
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await db?.destroy();
    await portal?.stop();
  });

  const passOf = (email: string) => db.manager.findOneByOrFail(FestivalPass, { email });
  const admissions = () => db.manager.findBy(FestivalCheckIn, { festivalId });
  const doorUrl = () => `${portal.url}/organizer/contests/${contest.id}/festival/check-in`;

  /** A staff phone with the door open online, once it holds the list and its own copy. */
  const openDoor = async (): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'vi-VN' });
    const [name, value] = cookie.split('=');
    await context.addCookies([{ name, value, url: portal.url }]);
    const page = await context.newPage();
    await page.goto(doorUrl());
    // Conditions the page shows (waitForFunction would need eval, which the CSP refuses).
    await page.locator('#check-in-list-state', { hasText: /^Danh sách: \d+ người/ }).waitFor();
    await page.waitForSelector('#check-in-offline[data-cached="true"]');
    return { context, page };
  };

  // Playwright's offline emulation does not cover the service worker's own fetches
  // (microsoft/playwright#2311): they are cut by routing, the documented way.
  const cutWorker = (route: Route) =>
    route.request().serviceWorker() ? route.abort('internetdisconnected') : route.continue();
  const goOffline = async (context: BrowserContext) => {
    await context.route('**', cutWorker);
    await context.setOffline(true);
  };
  const goOnline = async (context: BrowserContext) => {
    await context.unroute('**', cutWorker);
    await context.setOffline(false);
  };

  const scan = async (page: Page, code: string, outcome: string) => {
    await page.getByLabel('Hoặc nhập mã ngắn').fill(code);
    await page.getByRole('button', { name: 'Ghi nhận' }).click();
    await page.waitForSelector(`.check-in-result[data-offline="true"][data-outcome="${outcome}"]`);
    return (await page.locator('.check-in-result').textContent()) ?? '';
  };
  /** The counter "Chờ gửi lên" once it shows n scans waiting. */
  const queued = (page: Page, n: number) =>
    page.locator(`#check-in-offline[data-queued="${n}"] #check-in-queue-count`).textContent();
  const synced = (page: Page) =>
    page.locator('#check-in-offline[data-queued="0"][data-synced="true"]').waitFor();

  it('opens offline, admits by token and short code, says "already", and syncs when the network returns', async () => {
    const { context, page } = await openDoor();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) errors.push(m.text());
    });
    const mai = await passOf('mai@example.test');
    const binh = await passOf('binh@example.test');

    await goOffline(context);
    // The page itself now comes from the service worker's cache.
    await page.reload();
    await page.waitForSelector('#check-in-offline:not([hidden])');
    expect(await page.locator('#check-in-list-state').textContent()).toMatch(/: 3 người/);

    expect(await scan(page, mai.token, 'admitted')).toContain('Trần Thị Mai');
    const typed = `${binh.shortCode.slice(0, 4)}-${binh.shortCode.slice(4)}`.toLowerCase();
    expect(await scan(page, typed, 'admitted')).toContain('Khách mời');
    expect(await scan(page, mai.shortCode, 'already')).toMatch(/Đã vào cửa lúc \d\d:\d\d/);
    expect(await scan(page, 'QQQQQQQQ', 'refused')).toBeTruthy();
    expect(await queued(page, 2)).toBe('2');
    expect(await pageProblems(page)).toMatchObject({ overflow: 0, violations: [] });
    await shootBoth(page, shots, '01-offline-already');

    // Nothing reached the portal while offline.
    expect(await admissions()).toEqual([]);
    expect((await passOf('mai@example.test')).checkedInAt).toBeNull();

    await goOnline(context);
    await synced(page);
    expect(await page.locator('#check-in-arrived').textContent()).toBe('2');
    const rows = await admissions();
    expect(rows.map((r) => r.passId).sort()).toEqual([mai.id, binh.id].sort());
    expect(rows.every((r) => !r.doubleEntry)).toBe(true);
    await shootBoth(page, shots, '02-synced');

    await page.goto(`${portal.url}/organizer/contests/${contest.id}/festival/arrivals`);
    expect(await page.locator('tr[data-role="guest"] td').first().textContent()).toBe('2');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('two phones admitting one person offline: one admission, one double entry; a re-upload counts nothing', async () => {
    const ha = await passOf('ha@example.test');
    const one = await openDoor();
    const two = await openDoor();
    await goOffline(one.context);
    await goOffline(two.context);
    await scan(one.page, ha.shortCode, 'admitted');
    await scan(two.page, ha.shortCode, 'admitted');
    // Phone one's queue as it stands, to upload it a second time later.
    const queue = await one.page.evaluate<{ nonce: string; code: string; scannedAt: string }[]>(
      `checkInStore.queued(${JSON.stringify(contest.id)})`,
    );
    expect(queue).toHaveLength(1);
    expect(await admissions()).toHaveLength(2);

    await goOnline(one.context);
    await synced(one.page);
    await goOnline(two.context);
    await synced(two.page);
    await two.page.waitForSelector('#check-in-doubles:not([hidden])');
    expect(await two.page.locator('#check-in-doubles').textContent()).toContain('Phạm Thu Hà');
    await shootBoth(two.page, shots, '03-double-entry');

    const mine = (await admissions()).filter((r) => r.passId === ha.id);
    expect(mine.map((r) => r.doubleEntry).sort()).toEqual([false, true]);

    // The same queue uploaded again, as a phone whose answer was lost would.
    const again = await one.page.evaluate<{ results: { replayed: boolean }[]; arrived: number }>(
      `(async () => {
        const body = new URLSearchParams();
        body.set('_csrf', document.querySelector('input[name="_csrf"]').value);
        body.set('deviceId', await checkInStore.deviceId());
        body.set('scans', JSON.stringify(${JSON.stringify(queue.map((s) => ({ nonce: s.nonce, code: s.code, scannedAt: s.scannedAt })))}));
        const response = await fetch(location.pathname + '/sync', { method: 'POST', body });
        return response.json();
      })()`,
    );
    expect(again.results).toEqual([expect.objectContaining({ replayed: true })]);
    expect(again.arrived).toBe(3);
    expect((await admissions()).filter((r) => r.passId === ha.id)).toHaveLength(2);

    await one.page.goto(`${portal.url}/organizer/contests/${contest.id}/festival/arrivals`);
    expect(await one.page.locator('body').textContent()).toMatch(/Lượt vào trùng[^:]*: 1/);
    await one.context.close();
    await two.context.close();
  });

  it('decides on the phone when a post fails though the phone thinks it is online, and uploads on the next scan', async () => {
    await request(portal.url)
      .post(`/api/v1/contests/${contest.id}/festival/guests`)
      .send({ fullName: 'Võ Minh Quân', email: 'quan@example.test', sessionIds: [] })
      .expect(201);
    const quan = await passOf('quan@example.test');
    const { context, page } = await openDoor();
    // The Wi-Fi is up (navigator.onLine stays true) but the portal cannot be reached.
    const unreachable = (route: Route) => route.abort('connectionrefused');
    await context.route('**', unreachable);
    await page.getByLabel('Hoặc nhập mã ngắn').fill(quan.shortCode);
    await page.getByRole('button', { name: 'Ghi nhận' }).click();
    await page.waitForSelector('.check-in-result[data-offline="true"][data-outcome="admitted"]');
    expect(page.url()).toBe(doorUrl());
    expect(await queued(page, 1)).toBe('1');
    expect((await admissions()).filter((r) => r.passId === quan.id)).toEqual([]);

    await context.unroute('**', unreachable);
    await scan(page, quan.shortCode, 'already');
    await synced(page);
    expect((await admissions()).filter((r) => r.passId === quan.id)).toHaveLength(1);
    await context.close();
  });
});
