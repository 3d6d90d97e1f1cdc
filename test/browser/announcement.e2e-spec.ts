import { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { createCrowdContest } from '../support/announcement-factory';
import { createUser, openDatabase } from '../support/database';
import { testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { launchChromium, PHONE } from './chromium';
import { pageProblems, shootBoth } from './page-checks';

/**
 * An organizer previews the announcement of a contest of 1,500 teams on a phone, announces
 * it, watches the progress bar reach the end without reloading, and the public results
 * page is then there for anyone.
 */
describe('browser: an organizer announces the results and the public page appears', () => {
  let portal: RunningPortal;
  let db: DataSource;
  let sink: SmtpSink;
  let browser: Browser;
  let page: Page;
  let crowd: Awaited<ReturnType<typeof createCrowdContest>>;
  const problems: string[] = [];

  beforeAll(async () => {
    sink = await startSmtpSink();
    const env = await testEnvironment('embedded', { SMTP_URL: sink.url });
    portal = await startPortal(env);
    db = await openDatabase(env);
    const organizer = await createUser(db, { role: Role.organizer, fullName: 'Trần Văn Bình' });
    crowd = await createCrowdContest(db, 1500);
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'vi-VN', viewport: PHONE });
    const [name, value] = (await webSessionCookie(db, organizer.id)).split('=');
    await context.addCookies([{ name, value, url: portal.url }]);
    page = await context.newPage();
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'document' && response.status() >= 400)
        problems.push(`${response.status()}: ${response.url()}`);
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await db?.destroy();
    await portal?.stop();
    await sink?.close();
  });

  it('previews the groups and each mail before anything is sent', async () => {
    await page.goto(`${portal.url}/organizer/contests/${crowd.contest.id}/announcement`);
    const table = await page.locator('table').innerText();
    expect(table).toContain('Vào chung kết');
    expect(table).toContain('1.507');
    const preview = page.locator('section[aria-labelledby="preview-prize"]');
    expect(await preview.innerText()).toContain('Giải Nhất');
    expect(sink.messages).toHaveLength(0);
    await shootBoth(page, 'announcement', '01-preview');
    expect(await pageProblems(page)).toEqual({
      violations: [],
      headerBreaks: [],
      lang: 'vi',
      overflow: 0,
    });
  });

  it('moves the progress bar to done without reloading the page', async () => {
    await page.getByLabel('Tôi đã xem trước các thư và xác nhận công bố').check();
    await page.getByRole('button', { name: 'Công bố kết quả' }).click();
    await page.waitForURL('**/announcement?announced=1*');
    let navigations = 0;
    page.on('framenavigated', () => navigations++);
    const bar = page.locator('#announcement-bar');
    const first = Number(await bar.getAttribute('value'));
    await page.locator('[data-announcement-progress][data-finished]').waitFor({ timeout: 60_000 });
    expect(Number(await bar.getAttribute('value'))).toBe(1507);
    expect(first).toBeLessThan(1507);
    expect(navigations).toBe(0);
    expect(await page.locator('#announcement-label').innerText()).toBe('Đã gửi xong.');
    await shootBoth(page, 'announcement', '02-done');
    expect(problems).toEqual([]);
  });

  it('shows the public results page on a phone and a desktop, in both languages', async () => {
    await page.goto(`${portal.url}/results/${crowd.contest.slug}`);
    expect(await page.locator('h1').innerText()).toContain('Kết quả');
    expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toContain(
      '/og/vi.png',
    );
    await shootBoth(page, 'public-results', '01-vi');
    expect(await pageProblems(page)).toEqual({
      violations: [],
      headerBreaks: [],
      lang: 'vi',
      overflow: 0,
    });
    await page.goto(`${portal.url}/results/${crowd.contest.slug}?lang=en`);
    expect(await page.locator('h1').innerText()).toContain('Results of');
    await shootBoth(page, 'public-results', '02-en');
    expect((await pageProblems(page)).overflow).toBe(0);
  });
});
