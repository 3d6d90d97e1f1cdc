import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { ContestKind } from '@app/contests/contests/contest.entity';
import {
  createCategory,
  createContest,
  createRound,
  ContestFixture,
} from '../support/contest-factory';
import { minimalPdf } from '../support/attachment-factory';
import { createPrize } from '../support/awards-factory';
import { openDatabase } from '../support/database';
import { testEnvironment } from '../support/environment';
import { RunningPortal, startPortal, waitFor } from '../support/portal';
import { DESKTOP, launchChromium, PHONE, SCREENSHOTS } from './chromium';
import { linkIn, mailsTo } from './mailbox';

/**
 * The whole applicant journey in Debian's Chromium, without JavaScript, on a phone:
 * register, confirm the e-mail, sign in, open the contest, create a draft, fill it in with
 * two team members (who confirm their places from the mailed links), upload a pitch deck,
 * submit, and find the receipt mail and the status.
 */
describe('browser journey of an applicant: from registration to a submitted entry', () => {
  let portal: RunningPortal;
  let env: Record<string, string>;
  let db: DataSource;
  let browser: Browser;
  let page: Page;
  let contest: ContestFixture;
  const problems: string[] = [];
  const email = 'hoa.nguyen@example.vn';
  const password = 'hoa sen nở giữa đầm xanh';

  const shot = async (name: string, viewport = PHONE) => {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: join(SCREENSHOTS, `applicant-${name}.png`), fullPage: true });
  };

  beforeAll(async () => {
    env = await testEnvironment('embedded');
    portal = await startPortal(env);
    db = await openDatabase(env);
    contest = await createContest(db, {
      slug: 'khoi-nghiep-dmst-lan-5',
      codePrefix: 'QNG5',
      nameVi: 'Cuộc thi Khởi nghiệp Đổi mới sáng tạo tỉnh lần thứ 5',
      nameEn: 'The 5th Provincial Innovation Startup Competition',
      kind: ContestKind.startup,
      descriptionVi:
        'Cuộc thi dành cho **học sinh, sinh viên, nhóm khởi nghiệp và doanh nghiệp khởi nghiệp** trong tỉnh.\n\n- Bảng Ý tưởng\n- Bảng Dự án',
      eligibility: { teamSizeMax: 5, onePersonOneEntry: true },
      category: { nameVi: 'Ý tưởng', nameEn: 'Idea' },
    });
    await createPrize(db, contest.id, {
      nameVi: 'Giải Nhất',
      nameEn: 'First prize',
      amount: 50_000_000,
    });
    await createCategory(db, contest, {
      key: 'du-an',
      nameVi: 'Dự án',
      nameEn: 'Project',
      position: 1,
    });
    await createRound(db, contest, { position: 1, nameVi: 'Sơ khảo', nameEn: 'Screening' });
    browser = await launchChromium();
    const context = await browser.newContext({
      javaScriptEnabled: false,
      locale: 'vi-VN',
      viewport: PHONE,
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (
        message.type() === 'error' &&
        !/^Failed to load resource: the server responded/.test(message.text())
      )
        problems.push(message.text());
    });
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

  it('registers and confirms the e-mail from the mailed link', async () => {
    await page.goto(`${portal.url}/register`);
    await page.fill('#fullName', 'Nguyễn Thị Hoa');
    await page.fill('#email', email);
    await page.fill('#password', password);
    await page.check('#consent');
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await page.waitForURL('**/register/check-email');
    const mail = await waitFor(
      async () => (await mailsTo(join(env.VAR_DIR, 'mail'), email))[0],
      'the verification mail',
      30000,
      200,
    );
    const url = new URL(linkIn(mail, '/verify-email') as string);
    await page.goto(`${portal.url}${url.pathname}${url.search}`);
    await page.getByRole('button', { name: 'Xác nhận email' }).click();
    await page.locator('h1', { hasText: 'Email đã được xác nhận' }).waitFor();
  });

  it('finds the contest and its rules, then signs in from the enter button', async () => {
    await page.goto(`${portal.url}/contests`);
    expect(await page.locator('.contest-card__name').first().innerText()).toBe(contest.nameVi);
    await shot('01-contests');
    await page.getByRole('link', { name: contest.nameVi }).click();
    await page.waitForURL(`**/contests/${contest.slug}`);
    expect(await page.locator('.deadline-box__date').innerText()).toMatch(
      /^lúc \d{2}:\d{2}, \d{2}\/\d{2}\/\d{4} \(GMT\+7\)$/,
    );
    expect(await page.locator('.countdown').innerText()).toMatch(/^còn \d+ ngày \d+ giờ$/);
    await shot('02-contest');
    await shot('02-contest-desktop', DESKTOP);
    await page.getByRole('link', { name: 'Tham gia' }).click();
    await page.waitForURL('**/login?next=*');
    await page.fill('#email', email);
    await page.fill('#password', password);
    await page.getByRole('main').getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`**/entries/new?contest=${contest.slug}`);
  });

  it('creates a draft in the Idea category', async () => {
    await page.check('#category-y-tuong');
    await page.selectOption('#applicantType', 'team');
    await page.fill('#title', 'Truy xuất nguồn gốc nông sản OCOP');
    await shot('03-new-entry');
    await page.getByRole('button', { name: 'Tạo bản nháp' }).click();
    await page.waitForURL('**/entries/*/edit?created=1');
    expect(await page.locator('h1').innerText()).toMatch(/^Bài dự thi QNG5-\d{4}$/);
  });

  it('fills the form with two team members and saves it', async () => {
    await page.fill('#teamName', 'Nhóm Sen Hồng');
    await page.selectOption('#stage', 'prototype');
    await page.fill('#summary', 'Mã QR gắn với **nhật ký canh tác** điện tử.');
    await page.fill('#problem', 'Người mua không biết rõ nguồn gốc sản phẩm.');
    await page.fill('#solution', '- Tem QR\n- Nhật ký điện tử');
    await page.fill('#customers', 'Hợp tác xã và cửa hàng tiện lợi.');
    await page.fill('#businessModel', 'Thu phí thuê bao theo năm.');
    await page.fill('#m0-fullName', 'Nguyễn Thị Hoa');
    await page.fill('#m0-dateOfBirth', '2002-08-19');
    // Without JavaScript, "add a member" is a submit button: the page comes back with
    // what was typed and one more empty row.
    await page.getByRole('button', { name: 'Thêm thành viên' }).click();
    await page.locator('#m1-fullName').waitFor();
    expect(await page.inputValue('#teamName')).toBe('Nhóm Sen Hồng');
    await page.fill('#m1-fullName', 'Lê Văn Nam');
    await page.fill('#m1-email', 'nam.le@example.vn');
    await page.getByRole('button', { name: 'Thêm thành viên' }).click();
    await page.locator('#m2-fullName').waitFor();
    expect(await page.inputValue('#m1-fullName')).toBe('Lê Văn Nam');
    await page.fill('#m2-fullName', 'Phạm Minh Thư');
    await page.fill('#m2-email', 'thu.pham@example.vn');
    await page.fill('#m2-organization', 'Trường ĐH Phạm Văn Đồng');
    await shot('04-edit-team');
    await page.getByRole('button', { name: 'Lưu nháp' }).last().click();
    await page.waitForURL('**/edit?saved=1');
    expect(await page.getByRole('status').innerText()).toBe('Đã lưu bài dự thi.');
    expect(await page.inputValue('#m2-fullName')).toBe('Phạm Minh Thư');
  });

  it('uploads the pitch deck as a PDF', async () => {
    await page.selectOption('#kind', 'pitch_deck');
    await page.setInputFiles('#file', {
      name: 'pitch-deck.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf(),
    });
    await page.getByRole('button', { name: 'Tải lên' }).click();
    // The upload sends the whole form: the draft is saved with the file.
    await page.waitForURL('**/edit?savedAndUploaded=1*');
    expect(await page.locator('.file-list').innerText()).toContain('pitch-deck.pdf');
    await page.locator('#files').scrollIntoViewIfNeeded();
    await shot('05-files');
  });

  it('shows the two members waiting, and they confirm their places from the mailed links without an account', async () => {
    expect(await page.locator('.member__state .badge--pending').count()).toBe(2);
    const context = await browser.newContext({
      javaScriptEnabled: false,
      locale: 'vi-VN',
      viewport: PHONE,
    });
    const memberPage = await context.newPage();
    for (const address of ['nam.le@example.vn', 'thu.pham@example.vn']) {
      const mail = await waitFor(
        async () => (await mailsTo(join(env.VAR_DIR, 'mail'), address))[0],
        `the confirmation mail to ${address}`,
        30000,
        200,
      );
      const link = new URL(linkIn(mail, '/membership') as string);
      await memberPage.goto(`${portal.url}${link.pathname}${link.search}`);
      expect(await memberPage.locator('main').innerText()).toContain(
        'Truy xuất nguồn gốc nông sản OCOP',
      );
      await memberPage.screenshot({
        path: join(SCREENSHOTS, 'applicant-05b-member-confirms.png'),
        fullPage: true,
      });
      await memberPage.getByRole('button', { name: 'Tôi xác nhận tham gia đội' }).click();
      expect(await memberPage.getByRole('status').innerText()).toContain('Bạn đã xác nhận');
    }
    await context.close();
    await page.reload();
    expect(await page.locator('.member__state .badge--confirmed').count()).toBe(2);
  });

  it('submits after the confirm step and gets the receipt mail with the entry code', async () => {
    await page.getByRole('link', { name: 'Nộp bài dự thi' }).click();
    await page.waitForURL('**/submit');
    expect(await page.locator('.alert--success').innerText()).toBe(
      'Bài dự thi đã có đủ các phần bắt buộc.',
    );
    await shot('06-submit-confirm');
    await page.getByRole('button', { name: 'Xác nhận nộp bài dự thi' }).click();
    await page.waitForURL('**/entries/*?submitted=1');
    const code = await page.locator('.entry-code').first().innerText();
    expect(code).toMatch(/^QNG5-\d{4}$/);
    expect(await page.locator('.facts .badge').innerText()).toBe('Đã nộp');
    await shot('07-submitted');
    const receipt = await waitFor(
      async () => (await mailsTo(join(env.VAR_DIR, 'mail'), email)).find((m) => m.includes(code)),
      'the receipt mail',
      30000,
      200,
    );
    expect(receipt).toContain(code);
  });

  it('shows the entry as submitted on "my entries"', async () => {
    await page.getByRole('link', { name: 'Bài dự thi của tôi' }).click();
    await page.waitForURL('**/me/entries');
    expect(await page.locator('.entry-cards .badge').first().innerText()).toBe('Đã nộp');
    await shot('08-my-entries');
    await shot('08-my-entries-desktop', DESKTOP);
  });

  it('loaded every page and asset without errors', () => {
    expect(problems).toEqual([]);
  });
});
