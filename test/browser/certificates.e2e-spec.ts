import { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { Certificate } from '@app/results/certificates/certificate.entity';
import { awardPrize, createContestWithFinal, createFinalist } from '../support/certificate-factory';
import { createUser, openDatabase } from '../support/database';
import { testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';
import { launchChromium, PHONE } from './chromium';
import { pageProblems, shootBoth } from './page-checks';

const TUYET = 'Nguyễn Thị Ánh Tuyết';

/**
 * Someone holding a printed certificate checks it: the team leader downloads the team's
 * certificates, a reader opens the QR code's address on a phone and sees who, which
 * contest, what and when; a forged code and a mistyped one are told apart, in Vietnamese
 * and in English, and every page fits the phone and passes the accessibility check.
 */
describe('browser: a certificate is checked on its verification page', () => {
  let portal: RunningPortal;
  let db: DataSource;
  let browser: Browser;
  let page: Page;
  let code: string;
  let entryId: string;
  let leaderCookie: string;

  const expectClean = async () => {
    const problems = await pageProblems(page);
    expect(problems.violations).toEqual([]);
    expect(problems.overflow).toBe(0);
  };

  beforeAll(async () => {
    const env = await testEnvironment('embedded');
    portal = await startPortal(env);
    db = await openDatabase(env);
    const fixture = await createContestWithFinal(db);
    const organizer = await createUser(db, { role: Role.organizer });
    const leader = await createUser(db, { fullName: 'Trần Minh Khang' });
    const entry = await createFinalist(db, fixture, leader, {
      title: 'Nông trại thông minh ứng dụng IoT cho hợp tác xã vùng cao',
      teamName: 'Sương Mai',
      members: [{ fullName: TUYET, email: 'tuyet@example.vn' }],
    });
    entryId = entry.id;
    await awardPrize(db, fixture, entry, organizer.id, {
      nameVi: 'Giải Nhất',
      nameEn: 'First prize',
    });
    leaderCookie = await webSessionCookie(db, leader.id);
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'vi-VN', viewport: PHONE });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await db?.destroy();
    await portal?.stop();
  });

  it('lists the team’s certificates for the leader, one card per person and kind', async () => {
    const [name, value] = leaderCookie.split('=');
    await page.context().addCookies([{ name, value, url: portal.url }]);
    await page.goto(`${portal.url}/entries/${entryId}/certificates`);
    const cards = page.locator('#certificates > li');
    expect(await cards.count()).toBe(4);
    expect(await page.locator('main').innerText()).toContain('Đạt Giải Nhất');
    const participation = await db.manager.findOneOrFail(Certificate, {
      where: { entryId, kind: 'participation' as Certificate['kind'] },
      order: { issuedAt: 'ASC' },
    });
    code = participation.code;
    await shootBoth(page, 'certificates', '01-team-list');
    await expectClean();
    await page.context().clearCookies();
  });

  it('confirms a genuine code with the person, contest, what and when', async () => {
    const response = await page.goto(`${portal.url}/certificates/verify/${code}`);
    expect(response?.status()).toBe(200);
    const verdict = page.locator('#verdict');
    expect(await verdict.getAttribute('data-outcome')).toBe('valid');
    expect(await verdict.innerText()).toContain('do Ban tổ chức cấp');
    const facts = await page.locator('main dl').innerText();
    expect(facts).toContain('Cuộc thi Khởi nghiệp Đổi mới sáng tạo tỉnh Quảng Ngãi lần thứ 5');
    expect(facts).toContain('Đã tham gia vòng chung kết');
    expect(facts).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    expect(facts).toContain(code);
    await shootBoth(page, 'certificates', '02-genuine');
    await expectClean();
    await page.goto(`${portal.url}/certificates/verify/${code}?lang=en`);
    expect(await page.locator('#verdict').innerText()).toContain('issued by the organisers');
    expect(await page.locator('main dl').innerText()).toContain('Took part in the final round');
    await shootBoth(page, 'certificates', '03-genuine-en');
    await expectClean();
    await page.goto(`${portal.url}/certificates/verify?lang=vi`);
  });

  it('says a forged code is not ours (404), from the form as typed', async () => {
    await page.goto(`${portal.url}/certificates/verify`);
    await page.getByLabel('Mã xác thực').fill('aaaa bbbb cccc');
    await page.getByRole('button', { name: 'Xác thực' }).click();
    await page.waitForURL('**/certificates/verify/AAAA-BBBB-CCCC');
    expect(await page.locator('#verdict').getAttribute('data-outcome')).toBe('unknown');
    expect(await page.locator('#verdict').innerText()).toContain('không phải do Ban tổ chức cấp');
    expect(await page.locator('main').innerText()).not.toContain(TUYET);
    await shootBoth(page, 'certificates', '04-forged');
    await expectClean();
  });

  it('tells a mistyped code from a forged one, and takes the right one after', async () => {
    const response = await page.goto(`${portal.url}/certificates/verify/12-34`);
    expect(response?.status()).toBe(400);
    expect(await page.locator('#verdict').getAttribute('data-outcome')).toBe('malformed');
    await shootBoth(page, 'certificates', '05-malformed');
    await expectClean();
    await page.getByLabel('Mã xác thực').fill(code.toLowerCase());
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/certificates/verify/${code}`);
    expect(await page.locator('#verdict').getAttribute('data-outcome')).toBe('valid');
  });
});
