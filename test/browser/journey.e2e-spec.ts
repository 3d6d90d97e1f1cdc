import { join } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { testEnvironment } from '../support/environment';
import { RunningPortal, startPortal, waitFor } from '../support/portal';
import { DESKTOP, launchChromium, PHONE, SCREENSHOTS } from './chromium';
import { linkIn, mailsTo } from './mailbox';

/**
 * The first visit of an applicant, in Debian's Chromium: register through the form, confirm
 * the e-mail from the mail the platform wrote, sign in, switch to English, sign out.
 * The journey runs with JavaScript switched off: every page must work without it.
 */
describe('browser journey: register, verify, sign in, switch language, sign out', () => {
  let portal: RunningPortal;
  let env: Record<string, string>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  const shot = async (name: string, viewport = PHONE) => {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  };

  beforeAll(async () => {
    env = await testEnvironment('embedded');
    portal = await startPortal(env);
    browser = await launchChromium();
    context = await browser.newContext({
      javaScriptEnabled: false,
      locale: 'vi-VN',
      viewport: PHONE,
    });
    page = await context.newPage();
    // Error statuses are asserted page by page; what is collected here is what a visitor
    // would not notice: blocked or failed loads and console errors (CSP violations).
    page.on('console', (message) => {
      if (
        message.type() === 'error' &&
        !/^Failed to load resource: the server responded/.test(message.text())
      ) {
        problems.push(message.text());
      }
    });
    page.on('requestfailed', (request) =>
      problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`),
    );
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'document' && response.status() >= 400) {
        problems.push(`${response.status()}: ${response.url()}`);
      }
    });
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  const email = 'minh.tran@example.vn';
  const password = 'những cánh diều tuổi thơ';

  it('shows the welcoming home page in Vietnamese', async () => {
    await page.goto(`${portal.url}/`);
    expect(await page.locator('h1').innerText()).toBe(
      'Chào mừng đến với Cuộc thi Khởi nghiệp Đổi mới sáng tạo',
    );
    expect(await page.locator('.brand__name').innerText()).toBe(
      'Cuộc thi Khởi nghiệp Đổi mới sáng tạo',
    );
    // The stylesheet applied (a CSP or path problem would leave the header unstyled).
    const headerColour = await page.evaluate(
      "getComputedStyle(document.querySelector('.site-header')).backgroundColor",
    );
    expect(headerColour).toBe('rgb(11, 79, 156)');
    await shot('01-home-phone');
    await shot('01-home-desktop', DESKTOP);
  });

  it('re-shows the register form with the consent error and keeps what was typed', async () => {
    await page.setViewportSize(PHONE);
    await page.getByRole('link', { name: 'Đăng ký tài khoản' }).click();
    await page.waitForURL('**/register');
    await page.fill('#fullName', 'Trần Quang Minh');
    await page.fill('#email', email);
    await page.fill('#password', password);
    await page.fill('#organization', 'Trường ĐH Phạm Văn Đồng');
    expect(await page.isChecked('#consent')).toBe(false);
    await shot('02-register-phone');
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await page.locator('#consent-error').waitFor();
    expect(await page.locator('#consent-error').innerText()).toContain('đồng ý');
    expect(await page.inputValue('#fullName')).toBe('Trần Quang Minh');
    expect(await page.inputValue('#organization')).toBe('Trường ĐH Phạm Văn Đồng');
    expect(await page.inputValue('#password')).toBe('');
    await shot('03-register-missing-consent-phone');
  });

  it('registers once the consent is ticked and asks to check the mailbox', async () => {
    await page.fill('#password', password);
    await page.check('#consent');
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await page.waitForURL('**/register/check-email');
    expect(await page.locator('h1').innerText()).toBe('Kiểm tra hộp thư của bạn');
    await shot('04-check-email-phone');
  });

  it('confirms the e-mail from the link in the mail, with a button (never on GET)', async () => {
    const mailDir = join(env.VAR_DIR, 'mail');
    const mail = await waitFor(
      async () => (await mailsTo(mailDir, email))[0],
      'the verification mail',
      30000,
      200,
    );
    const link = linkIn(mail, '/verify-email');
    expect(link).toMatch(/^http:\/\/portal\.test\/verify-email\?token=/);
    const url = new URL(link as string);
    await page.goto(`${portal.url}${url.pathname}${url.search}`);
    expect(await page.locator('h1').innerText()).toBe('Xác nhận địa chỉ email');
    await shot('05-verify-email-phone');
    await page.getByRole('button', { name: 'Xác nhận email' }).click();
    await page.locator('h1', { hasText: 'Email đã được xác nhận' }).waitFor();
    await shot('06-verified-phone');
  });

  it('signs in and lands on the applicant page', async () => {
    await page.getByRole('main').getByRole('link', { name: 'Đăng nhập' }).click();
    await page.waitForURL('**/login');
    await page.fill('#email', email);
    await page.fill('#password', password);
    await shot('07-login-phone');
    await page.getByRole('main').getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL('**/home');
    expect(await page.locator('h1').innerText()).toBe('Xin chào, Trần Quang Minh');
    expect(await page.locator('#entries-title').innerText()).toBe('Bài dự thi của tôi');
    expect(await page.locator('.banner--warning').count()).toBe(0);
    await shot('08-landing-phone');
    await shot('08-landing-desktop', DESKTOP);
  });

  it('switches to English and stays there', async () => {
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL((url) => url.pathname === '/home' && !url.search.includes('lang'));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toBe('Hello, Trần Quang Minh');
    expect(await page.locator('#entries-title').innerText()).toBe('My entries');
    await shot('09-landing-english-desktop', DESKTOP);
    await page.goto(`${portal.url}/no-such-page`);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    await shot('10-not-found-english-phone');
  });

  it('signs out', async () => {
    await page.goto(`${portal.url}/home`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/login?signed-out=1');
    expect(await page.getByRole('status').innerText()).toBe('You have signed out.');
    await shot('11-signed-out-desktop', DESKTOP);
    await page.goto(`${portal.url}/home`);
    await page.waitForURL('**/login?next=%2Fhome');
  });

  it('loaded every page and asset without errors', () => {
    expect(problems).toEqual([]);
  });

  it('runs the optional script under the CSP when JavaScript is on', async () => {
    const withScript = await browser.newContext({ viewport: PHONE, locale: 'vi-VN' });
    const scripted = await withScript.newPage();
    const violations: string[] = [];
    scripted.on('console', (message) => {
      if (message.type() === 'error') violations.push(message.text());
    });
    await scripted.goto(`${portal.url}/login`);
    await scripted.getByLabel('Hiện mật khẩu').check();
    expect(await scripted.getAttribute('#password', 'type')).toBe('text');
    await scripted.screenshot({
      path: join(SCREENSHOTS, '12-login-show-password-phone.png'),
      fullPage: true,
    });
    expect(violations).toEqual([]);
    await withScript.close();
  });
});
