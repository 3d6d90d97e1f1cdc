import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { Contest } from '@app/contests/contests/contest.entity';
import { createUser, openDatabase } from '../support/database';
import { testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';
import { reportContest, type ReportContestFixture } from '../support/report-factory';
import { webSessionCookie } from '../support/sessions';
import { DESKTOP, launchChromium, PHONE, SCREENSHOTS } from './chromium';
import { pageProblems, shootBoth } from './page-checks';

/**
 * An organizer reads the contest's statistics in Chromium, on a phone and on a desktop:
 * the charts are SVG drawn on the server (the page runs no script of its own), fit the
 * screen, read out as tables, and the page prints on A4 without the site's chrome.
 */
describe('browser: the statistics page of a contest', () => {
  let portal: RunningPortal;
  let db: DataSource;
  let browser: Browser;
  let page: Page;
  let seeded: ReportContestFixture;
  const problems: string[] = [];

  const pageUrl = () => `${portal.url}/organizer/contests/${seeded.contest.id}/statistics`;

  beforeAll(async () => {
    const env = await testEnvironment('embedded');
    portal = await startPortal(env);
    db = await openDatabase(env);
    const organizer = await createUser(db, { role: Role.organizer, fullName: 'Trần Văn Bình' });
    seeded = await reportContest(db);
    await db.manager.update(
      Contest,
      { id: seeded.contest.id },
      {
        nameVi: 'Cuộc thi Khởi nghiệp Đổi mới sáng tạo tỉnh lần thứ 5',
        nameEn: 'The 5th Provincial Innovation Startup Competition',
      },
    );
    browser = await launchChromium();
    // JavaScript on: axe runs in the page. The page itself needs none.
    const context = await browser.newContext({ locale: 'vi-VN', viewport: PHONE });
    const [name, value] = (await webSessionCookie(db, organizer.id)).split('=');
    await context.addCookies([{ name, value, url: portal.url }]);
    page = await context.newPage();
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await db?.destroy();
    await portal?.stop();
  });

  it('draws every chart within a phone screen, with its numbers for screen readers', async () => {
    await page.goto(pageUrl());
    expect(await page.locator('svg.chart').count()).toBe(
      // status, category, field, applicant type, gender, commune, district, school;
      // round 1's outcomes and judges; submissions over time.
      11,
    );
    // Every chart is an image named by its title, and fits the phone.
    // Strings, not functions: the tests compile without the DOM's types.
    const charts = await page.evaluate<
      { role: string | null; label: string | null; right: number; width: number }[]
    >(`[...document.querySelectorAll('svg.chart')].map((svg) => {
      const box = svg.getBoundingClientRect();
      return {
        role: svg.getAttribute('role'),
        label: svg.getAttribute('aria-labelledby'),
        right: box.right,
        width: box.width,
      };
    })`);
    for (const chart of charts) {
      expect(chart.role).toBe('img');
      expect(chart.label).toMatch(/-title .+-desc$/);
      expect(chart.right).toBeLessThanOrEqual(PHONE.width);
      expect(chart.width).toBeGreaterThan(250);
    }
    const category = page.getByRole('table', { name: 'Bài dự thi theo bảng' });
    expect(await category.locator('tbody tr').allInnerTexts()).toEqual(['Ý tưởng\t3', 'Dự án\t2']);
    expect(await page.locator('[data-total="received"]').innerText()).toBe('5');
    await shootBoth(page, 'statistics', '01-vi');
    const checks = await pageProblems(page);
    expect(checks).toEqual({ violations: [], headerBreaks: [], lang: 'vi', overflow: 0 });
    await page.setViewportSize(DESKTOP);
    expect(await pageProblems(page)).toEqual({
      violations: [],
      headerBreaks: [],
      lang: 'vi',
      overflow: 0,
    });
    await page.setViewportSize(PHONE);
  });

  it('reads the same in English', async () => {
    await page.goto(`${pageUrl()}?lang=en`);
    await page.waitForURL(pageUrl());
    const category = page.getByRole('table', { name: 'Entries by category' });
    expect(await category.locator('tbody tr').allInnerTexts()).toEqual(['Idea\t3', 'Project\t2']);
    expect(await page.locator('.chart__deadline-label').textContent()).toBe('Deadline 30/11/2026');
    await shootBoth(page, 'statistics', '02-en');
    const checks = await pageProblems(page);
    expect(checks).toEqual({ violations: [], headerBreaks: [], lang: 'en', overflow: 0 });
    await page.goto(`${pageUrl()}?lang=vi`);
    await page.waitForURL(pageUrl());
  });

  it('prints on A4 without the site header, the tabs or the download buttons', async () => {
    await page.goto(pageUrl());
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate<boolean[]>(`
      ['.site-header', '.tabs', '.stat-downloads', '.site-footer'].map(
        (selector) => getComputedStyle(document.querySelector(selector)).display === 'none',
      )
    `);
    expect(hidden).toEqual([true, true, true, true]);
    expect(await page.locator('svg.chart').first().isVisible()).toBe(true);
    const pdf = await page.pdf({
      path: join(SCREENSHOTS, 'statistics-03-print-a4.pdf'),
      preferCSSPageSize: true,
      printBackground: true,
    });
    // A4 portrait is 595 × 842 points; the charts fit on a few pages.
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/MediaBox \[0 0 59[45](\.\d+)? 841\.9\d*\]/);
    const pages = (text.match(/\/Type \/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);
    await page.emulateMedia({ media: 'screen' });
    expect(problems).toEqual([]);
  });
});
