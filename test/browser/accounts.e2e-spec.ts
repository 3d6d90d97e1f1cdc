import { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { User } from '@app/accounts/users/user.entity';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';
import { launchChromium, PHONE } from './chromium';
import { pageProblems, shootBoth } from './page-checks';

/**
 * An administrator on a phone makes a second organizer from the accounts page (choose,
 * confirm), then a judge writes their title on their profile. Each page is checked with
 * axe-core at phone size and photographed at both sizes.
 */
describe('browser: accounts and roles, and one’s own profile', () => {
  let portal: RunningPortal;
  let db: DataSource;
  let browser: Browser;
  let page: Page;
  let adminEmail: string;
  let target: User;

  const expectClean = async () => {
    const problems = await pageProblems(page);
    expect(problems).toMatchObject({ violations: [], lang: 'vi', overflow: 0 });
  };
  const signInAs = async (email: string) => {
    await page.context().clearCookies();
    await page.goto(`${portal.url}/login`);
    await page.fill('#email', email);
    await page.fill('#password', FACTORY_PASSWORD);
    await page.getByRole('main').getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL('**/home');
  };

  beforeAll(async () => {
    const env = await testEnvironment('embedded');
    portal = await startPortal(env);
    db = await openDatabase(env);
    adminEmail = (await createUser(db, { role: Role.admin, fullName: 'Lê Quản Trị' })).email;
    target = await createUser(db, {
      role: Role.applicant,
      fullName: 'Nguyễn Thị Tổ Chức Thứ Hai',
      organization: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
    });
    browser = await launchChromium();
    // JavaScript on: axe-core runs in the page (the pages themselves need none).
    const context = await browser.newContext({ locale: 'vi-VN', viewport: PHONE });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await db?.destroy();
    await portal?.stop();
  });

  it('finds the account from the menu and its search', async () => {
    await signInAs(adminEmail);
    await page.getByRole('navigation').getByRole('link', { name: 'Tài khoản' }).click();
    await page.waitForURL('**/admin/users');
    await page.fill('#q', 'Tổ Chức Thứ Hai');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.waitForURL('**/admin/users?q=*');
    expect(await page.locator('.data-table tbody tr').count()).toBe(1);
    await expectClean();
    await shootBoth(page, 'accounts', '01-search');
  });

  it('changes the role only after confirming it', async () => {
    await page.getByRole('link', { name: /Quản lý/ }).click();
    await page.selectOption('#role', 'organizer');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('heading', { name: 'Xác nhận đổi vai trò' }).waitFor();
    expect((await db.manager.findOneByOrFail(User, { id: target.id })).role).toBe('applicant');
    await expectClean();
    await shootBoth(page, 'accounts', '02-confirm');
    await page.getByRole('button', { name: 'Đổi thành Ban tổ chức' }).click();
    await page.waitForURL('**?changed=1');
    expect(await page.getByRole('status').innerText()).toContain('Ban tổ chức');
    expect((await db.manager.findOneByOrFail(User, { id: target.id })).role).toBe('organizer');
    await expectClean();
    await shootBoth(page, 'accounts', '03-changed');
  });

  it('lets a judge write their title on their profile', async () => {
    const judge = await createUser(db, { role: Role.judge, fullName: 'Nguyễn Văn A' });
    await signInAs(judge.email);
    await page.goto(`${portal.url}/me/data`);
    await page.fill('#title', 'PGS.TS.');
    await page.getByRole('button', { name: 'Lưu thông tin' }).click();
    await page.waitForURL('**/me/data?saved=1');
    expect(await page.inputValue('#title')).toBe('PGS.TS.');
    expect((await db.manager.findOneByOrFail(User, { id: judge.id })).title).toBe('PGS.TS.');
    await expectClean();
    await shootBoth(page, 'accounts', '04-profile');
  });
});
