import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { Contest, ContestStatus } from '@app/contests/contests/contest.entity';
import { EntryStatus } from '@app/entries/entries/entry.entity';
import { createContest, ContestFixture } from '../support/contest-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { testEnvironment } from '../support/environment';
import { createListedEntry } from '../support/listing-factory';
import { RunningPortal, startPortal, waitFor } from '../support/portal';
import { launchChromium, PHONE } from './chromium';
import { mailsTo } from './mailbox';
import { pageProblems, shootBoth } from './page-checks';

/**
 * An organizer closes a contest months before its published deadline, on a phone: the
 * settings page says what closing would do, the confirmation page says it again and asks,
 * and once confirmed the team with a draft finds the mail saying entries stopped early.
 */
describe('browser: an organizer closes a contest early, after reading the consequences', () => {
  let portal: RunningPortal;
  let db: DataSource;
  let browser: Browser;
  let page: Page;
  let contest: ContestFixture;
  let organizerEmail: string;
  let teamEmail: string;
  let mailDir: string;
  const problems: string[] = [];

  beforeAll(async () => {
    const env = await testEnvironment('embedded');
    mailDir = join(env.VAR_DIR, 'mail');
    portal = await startPortal(env);
    db = await openDatabase(env);
    organizerEmail = (await createUser(db, { role: Role.organizer })).email;
    contest = await createContest(db, {
      nameVi: 'Cuộc thi Khởi nghiệp Đổi mới sáng tạo tỉnh lần thứ 5',
      nameEn: 'The 5th Provincial Innovation Startup Competition',
      submissionDeadline: new Date(Date.now() + 120 * 24 * 3600_000),
    });
    const team = await createUser(db, { role: Role.applicant, fullName: 'Nguyễn Thị Lan' });
    teamEmail = team.email;
    await createListedEntry(db, contest, team, {
      status: EntryStatus.draft,
      submittedAt: null,
      title: 'Truy xuất nguồn gốc nông sản OCOP',
    });
    browser = await launchChromium();
    // JavaScript on only for the accessibility check: the pages themselves need none.
    const context = await browser.newContext({ locale: 'vi-VN', viewport: PHONE });
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

  it('shows on the settings page what closing now would do', async () => {
    await page.goto(`${portal.url}/login`);
    await page.fill('#email', organizerEmail);
    await page.fill('#password', FACTORY_PASSWORD);
    await page.getByRole('main').getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL('**/home');
    await page.goto(`${portal.url}/organizer/contests/${contest.id}`);
    const status = page.locator('section[aria-labelledby="status-title"]');
    expect(await status.innerText()).toContain('trước hạn nộp đã công bố');
    expect(await status.innerText()).toContain('1 đội sẽ nhận email báo tin.');
    await shootBoth(page, 'contest-status', '01-settings');
  });

  it('asks to confirm on a page of its own, free of serious accessibility problems', async () => {
    await page.getByRole('link', { name: /Đóng nhận bài dự thi: Xem hệ quả và xác nhận/ }).click();
    await page.waitForURL(`**/organizer/contests/${contest.id}/status/closed`);
    const main = await page.getByRole('main').innerText();
    expect(main).toContain('Từ “Đang mở” sang “Đã đóng”.');
    expect(main).toContain('1 bài dự thi đang là bản nháp sẽ không nộp được nữa');
    expect(await pageProblems(page)).toEqual({
      violations: [],
      headerBreaks: [],
      lang: 'vi',
      overflow: 0,
    });
    await shootBoth(page, 'contest-status', '02-confirm');
    // Nothing has changed by looking.
    expect((await db.manager.findOneByOrFail(Contest, { id: contest.id })).status).toBe(
      ContestStatus.open,
    );
  });

  it('closes once confirmed, and the team is told entries stopped early', async () => {
    await page.getByRole('button', { name: 'Xác nhận: Đóng nhận bài dự thi' }).click();
    await page.waitForURL(`**/organizer/contests/${contest.id}?moved=1`);
    expect(await page.getByRole('status').innerText()).toBe('Đã chuyển trạng thái cuộc thi.');
    expect(await page.locator('.badge--closed').first().innerText()).toBe('Đã đóng');
    await shootBoth(page, 'contest-status', '03-closed');
    const mail = await waitFor(
      async () => (await mailsTo(mailDir, teamEmail))[0],
      'the closing mail to the team',
    );
    expect(mail).toContain('đã dừng nhận bài dự thi');
    expect(mail).toContain('Truy xuất nguồn gốc nông sản OCOP');
    expect(problems).toEqual([]);
  });
});
