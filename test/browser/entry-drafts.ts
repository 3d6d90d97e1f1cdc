import request from 'supertest';
import type { Browser } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { User } from '@app/accounts/users/user.entity';
import { Attachment } from '@app/entries/attachments/attachment.entity';
import { Entry } from '@app/entries/entries/entry.entity';
import type { ContestFixture } from '../support/contest-factory';
import { createUser } from '../support/database';
import type { RunningPortal } from '../support/portal';
import { webSessionCookie } from '../support/sessions';
import { PHONE } from './chromium';
import { csrfOf } from '../support/page-forms';

/**
 * A new applicant's draft, created through the pages, and a signed-in browser on its edit
 * page at phone size; with the entry as stored and its number of files, to check.
 */
export async function openNewDraft(options: {
  portal: RunningPortal;
  db: DataSource;
  browser: Browser;
  contest: ContestFixture;
  javaScriptEnabled: boolean;
}) {
  const { portal, db, browser, contest, javaScriptEnabled } = options;
  const user = await createUser(db, { role: Role.applicant, fullName: 'Trần Thị Mai' });
  await db.manager.update(User, { id: user.id }, { dateOfBirth: '2001-04-30', gender: 'female' });
  const cookie = await webSessionCookie(db, user.id);
  const agent = request.agent(portal.url).set('cookie', cookie);
  const form = await agent.get(`/entries/new?contest=${contest.slug}`).expect(200);
  const created = await agent
    .post('/entries/new')
    .type('form')
    .send({
      _csrf: csrfOf(form.text),
      contest: contest.slug,
      categoryKey: 'y-tuong',
      applicantType: 'team',
      title: 'Nước mắm Sa Huỳnh',
    })
    .expect(303);
  const editPath = (created.headers.location as string).replace(/\?.*$/, '');
  const entryId = editPath.split('/')[2];
  const [name, value] = cookie.split('=');
  const context = await browser.newContext({ javaScriptEnabled, locale: 'vi-VN', viewport: PHONE });
  await context.addCookies([{ name, value, url: portal.url }]);
  const page = await context.newPage();
  await page.goto(`${portal.url}${editPath}`);
  const stored = () => db.manager.findOneByOrFail(Entry, { id: entryId });
  const files = () => db.manager.countBy(Attachment, { entryId });
  return { page, context, entryId, stored, files };
}
