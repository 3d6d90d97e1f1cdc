import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { Round } from '@app/contests/rounds/round.entity';
import {
  Assignment,
  AssignmentSource,
  AssignmentStatus,
} from '@app/judging/assignment/assignment.entity';
import { RoundEntry, RoundEntryStatus } from '@app/judging/assignment/round-entry.entity';
import { createContest, createRound } from '../support/contest-factory';
import { createUser, openDatabase } from '../support/database';
import { testEnvironment } from '../support/environment';
import {
  acceptedJudges,
  entriesWithStatus,
  recordEntryConflict,
} from '../support/judging-factory-assignment';
import { scoringScenario } from '../support/judging-factory-scoring';
import { RunningPortal, startPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';
import { launchChromium, PHONE, waitUntil } from './chromium';
import { pageProblems, shootBoth } from './page-checks';

/**
 * In Debian's Chromium: an organizer moves an assignment from the matrix page (judges who
 * may not take it are offered disabled, with the reason), and a judge sees the weighted
 * total run while typing the points, written the Vietnamese way.
 */
describe('browser: moving an assignment, and the running total of a score sheet', () => {
  let portal: RunningPortal;
  let db: DataSource;
  let env: Record<string, string>;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const failures: string[] = [];

  /** A page signed in as the user, in Vietnamese, on a phone, with JavaScript. */
  const signedInPage = async (userId: string): Promise<Page> => {
    const [name, value] = (await webSessionCookie(db, userId)).split('=');
    const context = await browser.newContext({ locale: 'vi-VN', viewport: PHONE });
    contexts.push(context);
    await context.addCookies([{ name, value, url: portal.url }]);
    const page = await context.newPage();
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()}: ${response.url()}`);
    });
    page.on('pageerror', (error) => failures.push(`script error: ${error.message}`));
    return page;
  };

  beforeAll(async () => {
    env = await testEnvironment('embedded');
    portal = await startPortal(env);
    db = await openDatabase(env);
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await db?.destroy();
    await portal?.stop();
  });

  it('moves an assignment to another judge from the matrix page', async () => {
    const organizer = await createUser(db, { role: Role.organizer });
    const contest = await createContest(db);
    const round = await createRound(db, contest, {
      position: 1,
      nameVi: 'Sơ khảo',
      reviewsPerEntry: 1,
      maxLoadPerJudge: 2,
    });
    const entries = await entriesWithStatus(db, contest, 3);
    const [an, binh, cuong, dung] = await acceptedJudges(db, contest, [
      { fullName: 'PGS.TS. Nguyễn Văn An', organization: 'Trường Đại học Phạm Văn Đồng' },
      { fullName: 'ThS. Lê Thị Bình', organization: 'Sở Khoa học và Công nghệ' },
      { fullName: 'TS. Trần Cường', organization: 'Quỹ Khởi nghiệp tỉnh' },
      { fullName: 'KS. Phạm Dung', organization: null },
    ]);
    await recordEntryConflict(db, contest.id, cuong.id, entries[0].id, organizer.id);
    // An has the first entry; Bình is at the round's maximum of 2.
    for (const [n, judge] of [an, binh, binh].entries()) {
      await db.manager.insert(RoundEntry, {
        roundId: round.id,
        entryId: entries[n].id,
        status: RoundEntryStatus.inRound,
      });
      await db.manager.insert(Assignment, {
        roundId: round.id,
        entryId: entries[n].id,
        judgeUserId: judge.id,
        status: AssignmentStatus.assigned,
        source: AssignmentSource.manual,
        dueAt: null,
      });
    }
    const moving = await db.manager.findOneByOrFail(Assignment, {
      roundId: round.id,
      entryId: entries[0].id,
    });

    const page = await signedInPage(organizer.id);
    await page.goto(`${portal.url}/organizer/rounds/${round.id}/assignments`);
    await page.locator(`details:has(#move-${moving.id}) summary`).click();
    const options = page.locator(`#move-${moving.id} option`);
    expect((await options.allInnerTexts()).sort()).toEqual([
      'KS. Phạm Dung (0 bài)',
      'TS. Trần Cường (0 bài) – có xung đột lợi ích',
      'ThS. Lê Thị Bình (2 bài) – đã đủ số bài tối đa',
    ]);
    expect(await page.locator(`#move-${moving.id} option:disabled`).count()).toBe(2);
    const problems = await pageProblems(page);
    expect(problems).toEqual({ violations: [], headerBreaks: [], lang: 'vi', overflow: 0 });
    await shootBoth(page, 'assignment-move', '01-form');

    await page.selectOption(`#move-${moving.id}`, dung.id);
    await page.locator(`details:has(#move-${moving.id})`).getByRole('button').click();
    await page.waitForURL(/\/assignments\?moved=1$/);
    expect(await page.locator('.alert--success').innerText()).toBe(
      'Đã chuyển bài cho giám khảo khác.',
    );
    expect((await db.manager.findOneByOrFail(Assignment, { id: moving.id })).judgeUserId).toBe(
      dung.id,
    );
    await shootBoth(page, 'assignment-move', '02-moved');
    expect(failures).toEqual([]);
  });

  it('runs the weighted total while the judge types, written the Vietnamese way', async () => {
    const s = await scoringScenario(portal.url, db, env);
    // Weights 2, 1, 1 on 40, 30, 30 points: the weighted maximum maps to 100.
    await db.manager.update(
      Round,
      { id: s.round.id },
      { criteria: s.round.criteria.map((c, i) => ({ ...c, weight: i === 0 ? 2 : 1 })) },
    );
    const page = await signedInPage(s.judges[0].id);
    await page.goto(`${portal.url}/judging/assignments/${s.assignment(0, 0).id}`);
    const total = page.locator('#running-total');
    expect(await total.getAttribute('aria-live')).toBe('polite');
    const totalIs = (text: string) =>
      waitUntil(
        page,
        `document.querySelector('#running-total').textContent === ${JSON.stringify(text)}`,
      );
    await totalIs('0');

    await page.fill('#score__doi-moi', '30');
    await totalIs('42,86'); // 2 × 30 / 140 × 100
    await page.fill('#score__kha-thi', '20.5');
    await totalIs('57,5'); // (60 + 20.5) / 140 × 100
    await page.fill('#score__doi-ngu', '10');
    await totalIs('64,64');
    await shootBoth(page, 'scoring-total', '01-typed');

    // Saved, the server's total (the authority) agrees.
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await page.waitForURL(/\?saved=1$/);
    expect(await page.locator('main').innerText()).toContain(
      'Tổng điểm đã lưu (có trọng số): 64,64 / 100',
    );
    await totalIs('64,64');
    const problems = await pageProblems(page);
    expect(problems).toEqual({ violations: [], headerBreaks: [], lang: 'vi', overflow: 0 });
    await shootBoth(page, 'scoring-total', '02-saved');
    expect(failures).toEqual([]);
  });
});
