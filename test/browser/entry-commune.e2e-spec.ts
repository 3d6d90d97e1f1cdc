import { Browser } from 'playwright-core';
import { DataSource } from 'typeorm';
import { Entry } from '@app/entries/entries/entry.entity';
import { createContest, ContestFixture } from '../support/contest-factory';
import { openDatabase } from '../support/database';
import { testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';
import { launchChromium } from './chromium';
import { openNewDraft } from './entry-drafts';
import { pageProblems, shootBoth } from './page-checks';

/**
 * An applicant chooses the team's commune from the province's list: without JavaScript
 * from the plain select, with it by typing in the search box without accents.
 */
describe('browser journey: the commune is chosen from a list', () => {
  let portal: RunningPortal;
  let db: DataSource;
  let browser: Browser;
  let contest: ContestFixture;

  beforeAll(async () => {
    const env = await testEnvironment('embedded');
    portal = await startPortal(env);
    db = await openDatabase(env);
    contest = await createContest(db, { eligibility: { teamSizeMax: 5 } });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await db?.destroy();
    await portal?.stop();
  });

  it('without JavaScript: the select, with the former district shown as history', async () => {
    const draft = await openNewDraft({ portal, db, browser, contest, javaScriptEnabled: false });
    await db.manager.update(Entry, { id: draft.entryId }, { district: 'Thị xã Đức Phổ' });
    await draft.page.reload();
    expect(await draft.page.getByText('Đã ghi trước tháng 7/2025: Thị xã Đức Phổ.').count()).toBe(
      1,
    );
    await draft.page.getByLabel('Xã / Phường').selectOption({ label: 'Măng Đen (xã)' });
    await draft.page.getByRole('button', { name: 'Lưu nháp' }).last().click();
    await draft.page.waitForURL('**/edit?saved=1');
    expect(await draft.stored()).toMatchObject({
      commune: 'Xã Măng Đen',
      district: 'Thị xã Đức Phổ',
    });
    await draft.context.close();
  });

  it('with JavaScript: typing "sa huynh" finds Sa Huỳnh, and the page is accessible', async () => {
    const draft = await openNewDraft({ portal, db, browser, contest, javaScriptEnabled: true });
    const filter = draft.page.getByLabel('Tìm xã, phường');
    await filter.fill('sa huynh');
    expect(await draft.page.inputValue('#commune')).toBe('Phường Sa Huỳnh');
    await filter.scrollIntoViewIfNeeded();
    await shootBoth(draft.page, 'entry-commune', '01-typed-without-accents');
    expect(await pageProblems(draft.page)).toEqual({
      violations: [],
      lang: 'vi',
      overflow: 0,
      headerBreaks: [],
    });
    await draft.page.getByRole('button', { name: 'Lưu nháp' }).last().click();
    await draft.page.waitForURL('**/edit?saved=1');
    expect((await draft.stored()).commune).toBe('Phường Sa Huỳnh');
    await draft.context.close();
  });
});
