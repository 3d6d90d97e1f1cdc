import { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { createContest, createRound } from '../support/contest-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { testEnvironment } from '../support/environment';
import { createListedEntry } from '../support/listing-factory';
import { RunningPortal, startPortal } from '../support/portal';
import { DESKTOP, launchChromium, PHONE } from './chromium';
import { shootBoth } from './page-checks';

/**
 * Words of the visible table headers that the layout split over two lines, as
 * `header: word`. Each word is measured with a Range: a word on one line has one box.
 */
async function splitHeaderWords(page: Page): Promise<string[]> {
  // A string, not a function: the tests compile without the DOM's types.
  return page.evaluate<string[]>(`(() => {
    const split = [];
    for (const th of document.querySelectorAll('th')) {
      if (th.getBoundingClientRect().width <= 1) continue; // hidden on a phone
      const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.data.matchAll(/\\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (tops.size > 1) split.push(th.textContent.trim() + ': ' + match[0]);
        }
      }
    }
    return split;
  })()`);
}

/** Between a phone and a desktop, where a many-column table is tightest. */
const WIDTHS = [PHONE.width, 700, 900, DESKTOP.width];

/**
 * Table headers wrap only between words, in both languages and at every width: a table
 * too wide for the screen scrolls in its wrapper instead of splitting header words, and
 * the page itself never becomes wider than the screen.
 */
describe('browser: table headers never break inside a word', () => {
  let portal: RunningPortal;
  let db: DataSource;
  let browser: Browser;
  let page: Page;
  let entriesUrl: string;

  beforeAll(async () => {
    const env = await testEnvironment('embedded');
    portal = await startPortal(env);
    db = await openDatabase(env);
    const organizer = await createUser(db, { role: Role.organizer });
    const contest = await createContest(db, {
      category: { nameVi: 'Học sinh, sinh viên', nameEn: 'Students' },
    });
    await createRound(db, contest, { position: 1, nameVi: 'Sơ khảo', nameEn: 'Screening' });
    for (const title of ['Truy xuất nguồn gốc nông sản OCOP', 'Du lịch cộng đồng Lý Sơn']) {
      await createListedEntry(db, contest, await createUser(db, { role: Role.applicant }), {
        title,
        district: 'Tư Nghĩa',
        teamName: 'Nhóm Sen Hồng',
        organization: 'Trường Đại học Phạm Văn Đồng',
      });
    }
    entriesUrl = `${portal.url}/organizer/contests/${contest.id}/entries`;
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: 'vi-VN', viewport: PHONE })).newPage();
    await page.goto(`${portal.url}/login`);
    await page.fill('#email', organizer.email);
    await page.fill('#password', FACTORY_PASSWORD);
    await page.getByRole('main').getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL('**/home');
  });
  afterAll(async () => {
    await browser?.close();
    await db?.destroy();
    await portal?.stop();
  });

  it.each(['vi', 'en'])('keeps every header word whole on the entries list (%s)', async (lang) => {
    await page.goto(`${entriesUrl}?lang=${lang}`);
    expect(await page.locator('.data-table tbody tr').count()).toBe(2);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const overflow = await page.evaluate<number>(
        'document.documentElement.scrollWidth - window.innerWidth',
      );
      expect([width, await splitHeaderWords(page), Math.max(0, overflow)]).toEqual([width, [], 0]);
    }
    await shootBoth(page, 'table-headers', `entries-${lang}`);
  });
});
