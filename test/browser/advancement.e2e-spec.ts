import { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { Round } from '@app/contests/rounds/round.entity';
import { EntryStatus } from '@app/entries/entries/entry.entity';
import type { Entry } from '@app/entries/entries/entry.entity';
import { createContest, createRound } from '../support/contest-factory';
import { createUser, openDatabase } from '../support/database';
import { testEnvironment } from '../support/environment';
import { enterRound, standing, storeRanking } from '../support/judging-factory-advancement';
import { createListedEntry } from '../support/listing-factory';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';
import { launchChromium, PHONE } from './chromium';
import { pageProblems, shootBoth } from './page-checks';

/**
 * An organizer decides who leaves the screening round, in Chromium on a phone: the page
 * first asks for a rule, the tie-break chain is chosen from selects in words, and an
 * override waits, visibly, for a second organizer.
 */
describe('browser: an organizer sets the advancement rule and proposes an override', () => {
  let portal: RunningPortal;
  let db: DataSource;
  let browser: Browser;
  let page: Page;
  let round: Round;
  const entries: Entry[] = [];
  const problems: string[] = [];

  const pageUrl = () => `${portal.url}/organizer/rounds/${round.id}/advancement`;

  beforeAll(async () => {
    const env = await testEnvironment('embedded');
    portal = await startPortal(env);
    db = await openDatabase(env);
    const organizer = await createUser(db, { role: Role.organizer, fullName: 'Trần Văn Bình' });
    const contest = await createContest(db, {
      nameVi: 'Cuộc thi Khởi nghiệp Đổi mới sáng tạo tỉnh lần thứ 5',
      nameEn: 'The 5th Provincial Innovation Startup Competition',
      category: { nameVi: 'Ý tưởng', nameEn: 'Idea' },
    });
    round = await createRound(db, contest, { nameVi: 'Sơ khảo', nameEn: 'Screening' });
    const titles = [
      'Truy xuất nguồn gốc nông sản OCOP',
      'Du lịch cộng đồng Lý Sơn',
      'Ứng dụng học tiếng Anh cho học sinh vùng cao',
      'Gạch không nung từ tro xỉ',
    ];
    for (const title of titles) {
      const owner = await createUser(db, { role: Role.applicant });
      entries.push(
        await createListedEntry(db, contest, owner, { title, status: EntryStatus.eligible }),
      );
    }
    await enterRound(db, round, entries);
    // Two tie at 75 for the second seat; the third has one review of the three asked.
    await storeRanking(db, round, [
      standing(entries[0], contest.category, { total: 212 / 3 + 10 }),
      standing(entries[1], contest.category, { total: 75, criterionMeans: { 'doi-moi': 30 } }),
      standing(entries[2], contest.category, { total: 75, criterionMeans: { 'doi-moi': 34 } }),
      standing(entries[3], contest.category, { total: 61.5, reviews: 1 }),
    ]);

    browser = await launchChromium();
    // JavaScript on: axe runs in the page. The page itself needs none.
    const context = await browser.newContext({ locale: 'vi-VN', viewport: PHONE });
    const [name, value] = (await webSessionCookie(db, organizer.id)).split('=');
    await context.addCookies([{ name, value, url: portal.url }]);
    page = await context.newPage();
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'document' && response.status() >= 400)
        problems.push(`${response.status()}: ${response.url()}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await db?.destroy();
    await portal?.stop();
  });

  it('asks for a rule before anything can be decided, and flags the entry short of reviews', async () => {
    await page.goto(pageUrl());
    const missing = page.locator('#rule-missing');
    expect(await missing.innerText()).toContain('Vòng chưa có quy tắc xét chọn');
    expect(await page.locator('#advance-title').count()).toBe(1);
    expect(await page.locator('form[action$="/advance"]').count()).toBe(0);
    expect(await page.locator('[data-under-review]').count()).toBe(1);
    expect(await page.locator('#under-review-note').innerText()).toContain(
      '1 bài chưa đủ 3 lượt chấm',
    );
    await shootBoth(page, 'advancement', '01-no-rule');
    const checks = await pageProblems(page);
    expect(checks).toEqual({ violations: [], headerBreaks: [], lang: 'vi', overflow: 0 });
    await missing.getByRole('link', { name: 'Đặt quy tắc xét chọn' }).click();
    await page.waitForURL('**/advancement#rule-title');
  });

  it('builds the tie-break chain from selects and keeps it as codes', async () => {
    await page.fill('#topN', '2');
    await page.selectOption('#tie-break-1', { label: 'Điểm trung bình tiêu chí "Tính đổi mới"' });
    await page.selectOption('#tie-break-2', { label: 'Ít điểm thấp bất thường hơn' });
    await page.getByRole('button', { name: 'Lưu quy tắc' }).click();
    await page.waitForURL('**/advancement?saved=1');
    const stored = await db.manager.findOneByOrFail(Round, { id: round.id });
    expect(stored.advancementRule?.tieBreak).toEqual(['criterion:doi-moi', 'fewer_low_outliers']);
    expect(await page.inputValue('#tie-break-1')).toBe('criterion:doi-moi');
    expect(await page.inputValue('#tie-break-2')).toBe('fewer_low_outliers');
    expect(await page.inputValue('#tie-break-3')).toBe('');
    expect(await page.locator('#rule-missing').count()).toBe(0);
    // The tie for the second seat is settled by the criterion chosen in words.
    const trail = await page.locator('section[aria-labelledby="trail-title"]').innerText();
    expect(trail).toContain('Điểm trung bình tiêu chí "Tính đổi mới"');
    expect(trail).toContain('34');
    expect(await page.locator('table').first().innerText()).toContain('80,67');
    await shootBoth(page, 'advancement', '02-rule-set');
  });

  it('shows a proposed override as pending, awaiting a second organizer', async () => {
    await page.selectOption('#override-entry', entries[1].id);
    await page.selectOption('#override-decision', 'advance');
    await page.fill('#override-reason', 'Tác động xã hội lớn, hội đồng thống nhất đề xuất.');
    await page.getByRole('button', { name: 'Đề xuất điều chỉnh' }).click();
    await page.waitForURL('**/advancement?outcome=proposed*');
    const item = page.locator('.override-list li').first();
    expect(await item.getAttribute('data-state')).toBe('pending');
    const text = await item.innerText();
    expect(text).toContain('Chờ thành viên Ban tổ chức thứ hai xác nhận: chưa có hiệu lực');
    expect(text).toContain('Bạn không thể tự xác nhận đề xuất của mình');
    expect(text).toMatch(/Bạn đề xuất lúc \d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}\./);
    expect(await item.getByRole('button').count()).toBe(0);
    // The proposal still says the entry stops: the override has not taken effect.
    const row = page.locator('tbody tr', { hasText: entries[1].code });
    expect(await row.innerText()).toContain('Điều chỉnh chờ xác nhận: Đi tiếp (chưa tính)');
    expect(await row.locator('.badge--closed').innerText()).toBe('Dừng');
    await shootBoth(page, 'advancement', '03-override-pending');
    const checks = await pageProblems(page);
    expect(checks).toEqual({ violations: [], headerBreaks: [], lang: 'vi', overflow: 0 });
    expect(problems).toEqual([]);
  });

  it('marks the same entry under review on the ranking page, totals rounded alike', async () => {
    await page.getByRole('link', { name: 'Xem xếp hạng' }).click();
    await page.waitForURL('**/ranking');
    const marked = page.locator('[data-under-review]');
    expect(await marked.count()).toBe(1);
    expect(await marked.innerText()).toBe('Chưa đủ lượt chấm (1/3)');
    expect(await page.locator('#under-review-note').innerText()).toContain(
      '1 bài dự thi chưa đủ 3 lượt chấm',
    );
    expect(await page.locator('table').first().innerText()).toContain('80,67');
    await shootBoth(page, 'ranking', '01-under-review');
    const checks = await pageProblems(page);
    expect(checks).toEqual({ violations: [], headerBreaks: [], lang: 'vi', overflow: 0 });
    expect(problems).toEqual([]);
  });
});
