import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { createContest, createRound, ContestFixture } from '../support/contest-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { testEnvironment } from '../support/environment';
import { createListedEntry } from '../support/listing-factory';
import { RunningPortal, startPortal } from '../support/portal';
import { DESKTOP, launchChromium, PHONE, SCREENSHOTS } from './chromium';

/**
 * An organizer in Debian's Chromium, without JavaScript, on a phone: signs in, finds the
 * contests, filters the entries and screens one ineligible with a reason.
 */
describe('browser: an organizer lists contests and screens an entry', () => {
  let portal: RunningPortal;
  let db: DataSource;
  let browser: Browser;
  let page: Page;
  let contest: ContestFixture;
  let email: string;
  const problems: string[] = [];

  const shot = async (name: string, viewport = PHONE) => {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: join(SCREENSHOTS, `organizer-${name}.png`), fullPage: true });
  };

  beforeAll(async () => {
    const env = await testEnvironment('embedded');
    portal = await startPortal(env);
    db = await openDatabase(env);
    email = (await createUser(db, { role: Role.organizer, fullName: 'Trần Văn Bình' })).email;
    contest = await createContest(db, {
      nameVi: 'Cuộc thi Khởi nghiệp Đổi mới sáng tạo tỉnh lần thứ 5',
      nameEn: 'The 5th Provincial Innovation Startup Competition',
      category: { nameVi: 'Ý tưởng', nameEn: 'Idea' },
    });
    await createRound(db, contest, { position: 1, nameVi: 'Sơ khảo', nameEn: 'Screening' });
    const teams = [
      ['Truy xuất nguồn gốc nông sản OCOP', 'Tư Nghĩa', 'Nhóm Sen Hồng'],
      ['Du lịch cộng đồng Lý Sơn', 'Lý Sơn', 'Nhóm Biển Xanh'],
      ['Ứng dụng học tiếng Anh cho học sinh vùng cao', 'Sơn Tây', 'Nhóm Mây Trắng'],
    ];
    for (const [title, district, teamName] of teams) {
      const owner = await createUser(db, { role: Role.applicant });
      await createListedEntry(db, contest, owner, {
        title,
        district,
        teamName,
        organization: 'Trường Đại học Phạm Văn Đồng',
        summary: 'Giải pháp **thiết thực** cho địa phương.',
      });
    }
    browser = await launchChromium();
    const context = await browser.newContext({
      javaScriptEnabled: false,
      locale: 'vi-VN',
      viewport: PHONE,
    });
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

  it('signs in and reaches the contest list from the header', async () => {
    await page.goto(`${portal.url}/login`);
    await page.fill('#email', email);
    await page.fill('#password', FACTORY_PASSWORD);
    await page.getByRole('main').getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL('**/home');
    await page.getByRole('navigation').getByRole('link', { name: 'Ban tổ chức' }).click();
    await page.waitForURL('**/organizer/contests');
    expect(await page.locator('.contest-card__name').first().innerText()).toBe(contest.nameVi);
    await shot('01-contests');
  });

  it('opens the contest settings and the rubric editor', async () => {
    await page.getByRole('link', { name: contest.nameVi }).click();
    await page.waitForURL(`**/organizer/contests/${contest.id}`);
    expect(await page.inputValue('#slug')).toBe(contest.slug);
    await shot('02-settings');
    await page.getByRole('link', { name: 'Vòng', exact: true }).click();
    await page.getByRole('link', { name: '1. Sơ khảo' }).click();
    expect(await page.locator('#rubric').innerText()).toContain('Tổng điểm tối đa: 100');
    await shot('03-rubric');
    await page.getByRole('link', { name: 'Bài dự thi', exact: true }).click();
  });

  it('filters the entries of the contest', async () => {
    await page.waitForURL(`**/organizer/contests/${contest.id}/entries`);
    expect(await page.locator('.data-table tbody tr').count()).toBe(3);
    await shot('04-entries');
    await shot('04-entries-desktop', DESKTOP);
    await page.fill('#district', 'Lý Sơn');
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await page.waitForURL('**/entries?*district=*');
    expect(await page.locator('.data-table tbody tr').count()).toBe(1);
  });

  it('screens an entry ineligible, a reason required', async () => {
    await page.getByRole('link', { name: 'Du lịch cộng đồng Lý Sơn' }).click();
    await page.waitForURL('**/organizer/entries/*');
    await page.check('#decision-ineligible');
    await page.getByRole('button', { name: 'Ghi nhận kết quả' }).click();
    expect(await page.locator('#reason-error').innerText()).toBe(
      'Cần ghi lý do khi bài dự thi không đủ điều kiện.',
    );
    await shot('05-screening-error');
    await page.fill('#reason', 'Nhóm có thành viên quá 35 tuổi tính đến hạn nộp.');
    await page.getByRole('button', { name: 'Ghi nhận kết quả' }).click();
    await page.waitForURL('**/organizer/entries/*?screened=1');
    expect(await page.locator('.facts .badge').innerText()).toBe('Không đủ điều kiện');
    await shot('06-screened');
    expect(problems).toEqual([]);
  });
});
