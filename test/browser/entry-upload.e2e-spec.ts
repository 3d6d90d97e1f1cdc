import { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { minimalPdf } from '../support/attachment-factory';
import { createContest, ContestFixture } from '../support/contest-factory';
import { openDatabase } from '../support/database';
import { testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';
import { launchChromium } from './chromium';
import { openNewDraft } from './entry-drafts';
import { pageProblems, shootBoth } from './page-checks';

/**
 * An applicant types into the long entry form and uploads a file before saving: the text
 * survives a refused file and a stored one, without JavaScript (a plain multipart post)
 * and with it (the same post sent by the progress script).
 */
describe('browser journey: typed text survives an upload on the entry form', () => {
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

  const onNewDraft = (javaScriptEnabled: boolean) =>
    openNewDraft({ portal, db, browser, contest, javaScriptEnabled });

  const choose = (page: Page, name: string, buffer: Buffer) =>
    page.setInputFiles('#file', { name, mimeType: 'application/pdf', buffer });

  it('without JavaScript: a refused file and then a stored one, the typed text kept each time', async () => {
    const { page, context, stored, files } = await onNewDraft(false);
    await page.fill('#summary', 'Nước mắm truyền thống, đóng chai có **truy xuất nguồn gốc**.');
    await choose(page, 'deck.pdf', Buffer.from('<html>không phải PDF</html>'));
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await page.getByText('Loại tệp không được chấp nhận').first().waitFor();
    expect(await page.getByRole('status').innerText()).toBe('Đã lưu bản nháp.');
    expect(await page.inputValue('#summary')).toBe(
      'Nước mắm truyền thống, đóng chai có **truy xuất nguồn gốc**.',
    );
    expect((await stored()).summary).toContain('Nước mắm truyền thống');
    await page.locator('#files').scrollIntoViewIfNeeded();
    await shootBoth(page, 'entry-upload', '01-refused-file');

    await page.fill('#problem', 'Người mua không biết nước mắm làm ở đâu.');
    await choose(page, 'pitch-deck.pdf', minimalPdf());
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await page.waitForURL('**/edit?savedAndUploaded=1*');
    expect(await page.getByRole('status').innerText()).toBe('Đã lưu bản nháp và tải tệp lên.');
    expect(await page.locator('.file-list').innerText()).toContain('pitch-deck.pdf');
    expect(await page.inputValue('#problem')).toBe('Người mua không biết nước mắm làm ở đâu.');
    expect(await files()).toBe(1);
    await shootBoth(page, 'entry-upload', '02-stored-file');
    await context.close();
  });

  it('with JavaScript: the progress script sends the same form, and the page is whole and accessible', async () => {
    const { page, context, stored, files } = await onNewDraft(true);
    const posts: string[] = [];
    page.on('request', (req) => {
      if (req.method() === 'POST')
        posts.push(`${req.resourceType()} ${new URL(req.url()).pathname}`);
    });
    await page.fill('#solution', 'Tem QR trên mỗi chai.');
    // A refused file: the answer replaces the page, the typed text in it.
    await choose(page, 'deck.pdf', Buffer.from('<html>không phải PDF</html>'));
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await page.getByText('Loại tệp không được chấp nhận').first().waitFor();
    expect(await page.inputValue('#solution')).toBe('Tem QR trên mỗi chai.');
    expect(await page.getByRole('status').innerText()).toBe('Đã lưu bản nháp.');
    await choose(page, 'pitch-deck.pdf', minimalPdf(200_000));
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await page.waitForURL('**/edit?savedAndUploaded=1*');
    expect(posts).toEqual([
      expect.stringMatching(/^xhr \/entries\/[0-9a-f-]{36}\/files$/),
      expect.stringMatching(/^xhr \/entries\/[0-9a-f-]{36}\/files$/),
    ]);
    expect(await page.inputValue('#solution')).toBe('Tem QR trên mỗi chai.');
    expect((await stored()).solution).toBe('Tem QR trên mỗi chai.');
    expect(await files()).toBe(1);
    expect(await pageProblems(page)).toEqual({
      violations: [],
      lang: 'vi',
      overflow: 0,
      headerBreaks: [],
    });
    await context.close();
  });
});
