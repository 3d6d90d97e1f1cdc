import { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { AuditLog } from '@app/accounts/audit/audit-log.entity';
import { Role } from '@app/accounts/users/role';
import type { User } from '@app/accounts/users/user.entity';
import { Award, AwardSlot } from '@app/results/awards/award.entity';
import type { Prize } from '@app/contests/prizes/prize.entity';
import { createAwardsContest, createPrize } from '../support/awards-factory';
import type { AwardsContest } from '../support/awards-factory';
import { createUser, openDatabase } from '../support/database';
import { scoreEntry } from '../support/judging-factory-advancement';
import { testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';
import { launchChromium, PHONE } from './chromium';
import { pageProblems, shootBoth } from './page-checks';

const TITLES = [
  'Truy xuất nguồn gốc nông sản OCOP bằng mã QR',
  'Du lịch cộng đồng Lý Sơn trải nghiệm nghề biển',
  'Máy sấy nông sản dùng năng lượng mặt trời',
  'Ứng dụng học tiếng Anh cho học sinh vùng cao',
  'Gạch không nung từ tro xỉ nhà máy nhiệt điện',
  'Chuỗi cà phê sạch Ba Tơ',
];
const REASON = 'Sản phẩm đã bán thử tại 3 hợp tác xã; Hội đồng chung kết thống nhất đổi giải.';
const WITHDRAWAL_REASON = 'Đội tự nguyện từ chối giải sau lễ trao giải.';
const CLEAN = { violations: [], headerBreaks: [], lang: 'vi', overflow: 0 };

/**
 * Two organizers award the prizes of a contest whose final round is decided, in Chromium
 * on a phone: the first confirms the platform's proposal and proposes a change with a
 * reason, which shows as not in effect; the second confirms it, and it takes effect.
 */
describe('browser: organizers confirm the proposal, change it with a reason, and confirm the change', () => {
  let portal: RunningPortal;
  let db: DataSource;
  let browser: Browser;
  let fixture: AwardsContest;
  let second: Prize;
  let organizers: User[];
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];

  const awardsUrl = () => `${portal.url}/organizer/contests/${fixture.contest.id}/awards`;

  const pageAs = async (user: User): Promise<Page> => {
    // JavaScript on: axe runs in the page. The page itself needs none.
    const context = await browser.newContext({ locale: 'vi-VN', viewport: PHONE });
    contexts.push(context);
    const [name, value] = (await webSessionCookie(db, user.id)).split('=');
    await context.addCookies([{ name, value, url: portal.url }]);
    const page = await context.newPage();
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'document' && response.status() >= 400)
        problems.push(`${response.status()}: ${response.url()}`);
    });
    return page;
  };

  beforeAll(async () => {
    const env = await testEnvironment('embedded');
    portal = await startPortal(env);
    db = await openDatabase(env);
    organizers = await Promise.all(
      ['Trần Văn Bình', 'Đỗ Thị Lan'].map((fullName) =>
        createUser(db, { role: Role.organizer, fullName }),
      ),
    );
    fixture = await createAwardsContest(db, { titles: TITLES });
    await createPrize(db, fixture.contest.id, { kind: 'first', nameVi: 'Giải Nhất', position: 0 });
    second = await createPrize(db, fixture.contest.id, {
      kind: 'second',
      nameVi: 'Giải Nhì',
      quantity: 2,
      position: 1,
    });
    await createPrize(db, fixture.contest.id, {
      kind: 'special',
      nameVi: 'Giải ý tưởng của nhóm nữ khởi nghiệp',
      position: 2,
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await db?.destroy();
    await portal?.stop();
  });

  let page: Page;

  it("shows the platform's proposal beside the final ranking, and confirms it", async () => {
    page = await pageAs(organizers[0]);
    await page.goto(awardsUrl());
    const proposal = await page.locator('section[aria-labelledby="proposal-title"]').innerText();
    expect(proposal).toContain(fixture.finalists.idea[0].code);
    expect(proposal).toContain('Giải đặc biệt không được đề xuất tự động');
    const ranking = await page.locator('section[aria-labelledby="ranking-title"]').innerText();
    expect(ranking).toContain('88');
    await shootBoth(page, 'awards', '01-proposal');
    expect(await pageProblems(page)).toEqual(CLEAN);

    await page.getByRole('button', { name: 'Xác nhận toàn bộ đề xuất' }).click();
    await page.waitForURL('**/awards?outcome=proposalConfirmed');
    expect(await page.locator('#awards-outcome').innerText()).toContain('Đã xác nhận đề xuất');
    const confirmed = page.locator(`#prize-${second.id} li[data-state="confirmed"]`);
    expect(await confirmed.count()).toBe(2);
    await shootBoth(page, 'awards', '02-confirmed');
    expect(await pageProblems(page)).toEqual(CLEAN);
  });

  it('records a change with a reason, marked as not in effect', async () => {
    // The change form of the prize (each confirmed award has its own withdrawal form too).
    const card = page.locator(`#change-${second.id}`);
    await card.locator('summary').click();
    const replaced = fixture.finalists.idea[1];
    const chosen = fixture.finalists.idea[2];
    await card.getByLabel('Bài dự thi nhận giải').selectOption(chosen.id);
    await card.getByLabel('Thay cho').selectOption({ label: `${replaced.code} — ${TITLES[1]}` });
    await card.getByLabel('Lý do', { exact: true }).fill(REASON);
    await card.getByRole('button', { name: 'Đề xuất thay đổi' }).click();
    await page.waitForURL('**/awards?outcome=changeProposed');
    const pending = page.locator(`#prize-${second.id} li[data-state="pending"]`);
    const text = await pending.innerText();
    expect(text).toContain('Chưa có hiệu lực');
    expect(text).toContain(`thay cho ${replaced.code}`);
    expect(text).toContain(REASON);
    expect(text).toContain('Cần một thành viên khác của Ban tổ chức xác nhận');
    expect(await pending.getByRole('button').count()).toBe(0);
    expect(await page.locator('#pending-note').innerText()).toContain('chưa có hiệu lực');
    // Still the proposal's entry in effect until the second confirmation.
    const inEffect = await page
      .locator(`#prize-${second.id} li[data-state="confirmed"]`)
      .allInnerTexts();
    expect(inEffect.join('\n')).toContain(replaced.code);
    await shootBoth(page, 'awards', '03-change-pending');
    expect(await pageProblems(page)).toEqual(CLEAN);
  });

  it('puts the change in effect once a second organizer confirms it', async () => {
    const other = await pageAs(organizers[1]);
    await other.goto(awardsUrl());
    const chosen = fixture.finalists.idea[2];
    await other.getByRole('button', { name: `Xác nhận thay đổi cho ${chosen.code}` }).click();
    await other.waitForURL('**/awards?outcome=changeConfirmed');
    expect(await other.locator(`#prize-${second.id} li[data-state="pending"]`).count()).toBe(0);
    const inEffect = await other
      .locator(`#prize-${second.id} li[data-state="confirmed"]`)
      .allInnerTexts();
    expect(inEffect.join('\n')).toContain(chosen.code);
    expect(inEffect.join('\n')).toContain(`Thay đổi: ${REASON}`);
    await shootBoth(other, 'awards', '04-second-confirmed');
    expect(await pageProblems(other)).toEqual(CLEAN);
    const holders = await db.manager.findBy(Award, {
      prizeId: second.id,
      slot: AwardSlot.confirmed,
    });
    expect(holders.map((a) => a.entryId).sort()).toEqual(
      [fixture.finalists.project[0].id, chosen.id].sort(),
    );
    const audit = await db.manager.findBy(AuditLog, { subjectId: chosen.id });
    expect(audit.map((r) => [r.action, r.actorId])).toEqual(
      expect.arrayContaining([
        ['award.change_proposed', organizers[0].id],
        ['award.change_confirmed', organizers[1].id],
      ]),
    );
    expect(problems).toEqual([]);
  });

  it('withdraws a prize once a second organizer confirms, and keeps it on the page', async () => {
    const withdrawn = fixture.finalists.project[0];
    const award = await db.manager.findOneByOrFail(Award, {
      prizeId: second.id,
      entryId: withdrawn.id,
      slot: AwardSlot.confirmed,
    });
    await page.goto(awardsUrl());
    const item = page.locator(`li[data-award="${award.id}"]`);
    await item.locator('summary').click();
    await item.getByLabel('Lý do thu hồi').fill(WITHDRAWAL_REASON);
    await item.getByRole('button', { name: `Đề xuất thu hồi giải của ${withdrawn.code}` }).click();
    await page.waitForURL('**/awards?outcome=withdrawalProposed');
    const waiting = await page.locator(`li[data-award="${award.id}"]`).innerText();
    expect(waiting).toContain('Đang chờ xác nhận thu hồi');
    expect(waiting).toContain(WITHDRAWAL_REASON);
    expect(await page.locator('#withdrawal-note').count()).toBe(1);
    await shootBoth(page, 'awards', '05-withdrawal-pending');
    expect(await pageProblems(page)).toEqual(CLEAN);

    const other = await pageAs(organizers[1]);
    await other.goto(awardsUrl());
    const pending = await other.locator(`li[data-award="${award.id}"]`).innerText();
    expect(pending).toContain('Trần Văn Bình đề xuất thu hồi');
    await other
      .getByRole('button', { name: `Xác nhận thu hồi giải của ${withdrawn.code}` })
      .click();
    await other.waitForURL('**/awards?outcome=withdrawalConfirmed');
    const record = await other.locator('#withdrawn').innerText();
    expect(record).toContain(withdrawn.code);
    expect(record).toContain(WITHDRAWAL_REASON);
    expect(await other.locator(`#prize-${second.id} li[data-state="confirmed"]`).count()).toBe(1);
    await shootBoth(other, 'awards', '06-withdrawn');
    expect(await pageProblems(other)).toEqual(CLEAN);
    expect(problems).toEqual([]);
  });

  it("shows the team its released judges' scores and comments, without names", async () => {
    const [entry] = fixture.finalists.idea;
    const judges = await Promise.all(
      ['Trần Văn Khoa', 'Lê Thị Hằng'].map((fullName) =>
        createUser(db, { role: Role.judge, fullName }),
      ),
    );
    await scoreEntry(db, fixture.final, entry, judges[0].id, {
      values: { 'doi-moi': 36, 'kha-thi': 27, 'doi-ngu': 27 },
      commentForTeam: 'Mô hình kinh doanh rõ ràng, đã có khách hàng trả tiền.',
      noteForOrganizers: 'Ghi chú riêng cho Ban tổ chức',
    });
    await scoreEntry(db, fixture.final, entry, judges[1].id, {
      values: { 'doi-moi': 30, 'kha-thi': 24, 'doi-ngu': 26 },
      commentForTeam: 'Cần làm rõ chi phí thiết bị và kế hoạch mở rộng sang các xã miền núi.',
    });
    await page.goto(`${awardsUrl()}#feedback`);
    await page.getByRole('button', { name: 'Bật cho Vòng chung kết' }).click();
    await page.waitForURL('**/awards?outcome=feedbackReleased');

    const teamPage = await pageAs(fixture.owners[0]);
    await teamPage.goto(`${portal.url}/entries/${entry.id}`);
    const section = teamPage.locator(`[data-feedback-round="${fixture.final.id}"]`);
    const text = await section.innerText();
    expect(text).toContain('Giám khảo 1');
    expect(text).toContain('Giám khảo 2');
    expect(text).toContain('Tổng điểm: 90 / 100');
    for (const hidden of ['Trần Văn Khoa', 'Lê Thị Hằng', 'Ghi chú riêng'])
      expect(text).not.toContain(hidden);
    await section.scrollIntoViewIfNeeded();
    await shootBoth(teamPage, 'awards', '07-team-feedback');
    expect(await pageProblems(teamPage)).toEqual(CLEAN);
    expect(problems).toEqual([]);
  });
});
