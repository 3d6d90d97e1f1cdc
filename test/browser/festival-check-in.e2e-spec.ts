import type { Browser, BrowserContext } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { FestivalPass } from '@app/festival/check-in/festival-pass.entity';
import { createContest } from '../support/contest-factory';
import type { ContestFixture } from '../support/contest-factory';
import { createUser, openDatabase } from '../support/database';
import { testEnvironment } from '../support/environment';
import { createFestival, createFestivalSession } from '../support/festival-factory';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';
import { launchChromium, PHONE, waitUntil } from './chromium';
import { pageProblems, shootBoth } from './page-checks';

/**
 * The festival's door in a browser at phone size: a guest registers and opens the pass
 * page; the QR image the portal drew is read by the portal's own jsQR on the staff page
 * (under the strict CSP) and checked in; a second scan says when; a forged code is refused.
 */
describe('browser journey: festival guest pass and check-in', () => {
  let portal: RunningPortal;
  let db: DataSource;
  let browser: Browser;
  let contest: ContestFixture;
  let organizerCookie: string;

  beforeAll(async () => {
    const env = await testEnvironment('embedded');
    portal = await startPortal(env);
    db = await openDatabase(env);
    contest = await createContest(db);
    const festival = await createFestival(db, contest.id, { published: true });
    await createFestivalSession(db, festival, { capacity: 1 });
    organizerCookie = await webSessionCookie(
      db,
      (await createUser(db, { role: Role.organizer })).id,
    );
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await db?.destroy();
    await portal?.stop();
  });

  const phone = async (cookie?: string): Promise<BrowserContext> => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'vi-VN' });
    if (cookie) {
      const [name, value] = cookie.split('=');
      await context.addCookies([{ name, value, url: portal.url }]);
    }
    return context;
  };

  it('registers a guest, shows the pass, and admits it once from its QR image', async () => {
    const guest = await phone();
    const page = await guest.newPage();
    await page.goto(`${portal.url}/contests/${contest.slug}/festival`);
    await page.getByRole('link', { name: 'Đăng ký tham dự' }).click();
    await page.getByLabel('Họ và tên').fill('Trần Thị Mai');
    await page.getByLabel('Cơ quan, đơn vị').fill('Hợp tác xã Nông sản sạch Tư Nghĩa');
    await page.getByLabel('Email').fill('mai.tran@example.test');
    await page.getByLabel('Số điện thoại').fill('0905 123 456');
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await page.waitForSelector('.guest-places [data-status="confirmed"]');
    await shootBoth(page, 'festival-check-in', '01-registered');

    const pass = await db.manager.findOneByOrFail(FestivalPass, { email: 'mai.tran@example.test' });
    await page.goto(`${portal.url}/festival/passes/${pass.token}`);
    await waitUntil(
      page,
      `(() => { const i = document.querySelector('.festival-pass__qr'); return i && i.complete && i.naturalWidth > 0; })()`,
    );
    expect(await page.locator('.festival-pass__code').textContent()).toBe(pass.shortCode);
    expect(await pageProblems(page)).toMatchObject({ overflow: 0, lang: 'vi' });
    await shootBoth(page, 'festival-check-in', '02-pass');
    await guest.close();

    const staff = await phone(organizerCookie);
    const door = await staff.newPage();
    const refused: string[] = [];
    door.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
    });
    await door.goto(`${portal.url}/organizer/contests/${contest.id}/festival/check-in`);
    await waitUntil(door, `typeof window.jsQR === 'function'`);
    // Staff stand at the door with a phone: the code field is on the first screen, not
    // below the contest's tab bar.
    const field = await door.locator('#code').boundingBox();
    expect(field && field.y + field.height).toBeLessThan(PHONE.height);
    expect(await door.locator('nav.tabs').count()).toBe(0);
    // What the camera would see: the pass's QR image, read by the page's own jsQR.
    // Written as a string: the tests compile without the DOM's types.
    const decoded = await door.evaluate<string | null>(`(async () => {
      const image = new Image();
      image.src = '/festival/passes/${pass.token}/qr.png';
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const frame = context.getImageData(0, 0, canvas.width, canvas.height);
      const found = window.jsQR(frame.data, frame.width, frame.height);
      return found ? found.data : null;
    })()`);
    expect(decoded).toBe(pass.token);

    await door.getByLabel('Hoặc nhập mã ngắn').fill(decoded!);
    await door.getByRole('button', { name: 'Ghi nhận' }).click();
    await door.waitForSelector('.check-in-result[data-outcome="admitted"]');
    expect(await door.locator('.check-in-result').textContent()).toContain('Trần Thị Mai');
    expect(await door.locator('.check-in-result').textContent()).toContain('Khách mời');
    await shootBoth(door, 'festival-check-in', '03-admitted');

    await door.getByLabel('Hoặc nhập mã ngắn').fill(pass.shortCode.toLowerCase());
    await door.getByRole('button', { name: 'Ghi nhận' }).click();
    await door.waitForSelector('.check-in-result[data-outcome="already"]');
    expect(await door.locator('.check-in-result').textContent()).toMatch(
      /Đã vào cửa lúc \d\d:\d\d/,
    );
    await shootBoth(door, 'festival-check-in', '04-already');

    await door.getByLabel('Hoặc nhập mã ngắn').fill('X'.repeat(43));
    await door.getByRole('button', { name: 'Ghi nhận' }).click();
    await door.waitForSelector('.check-in-result[data-code="CHECK_IN_CODE_UNKNOWN"]');

    await door.goto(`${portal.url}/organizer/contests/${contest.id}/festival/arrivals`);
    expect(await door.locator('tr[data-role="guest"] td').first().textContent()).toBe('1');
    await shootBoth(door, 'festival-check-in', '05-arrivals');
    expect(refused).toEqual([]);
    await staff.close();
  });
});
