import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { User } from '@app/accounts/users/user.entity';
import { createUser } from './database';
import { webSessionCookie } from './sessions';

/** The CSRF token of a page's form, as the browser would post it back. */
export function csrfOf(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('the page has no CSRF field');
  return match[1];
}

/**
 * A signed-in applicant's browser: a session cookie, the CSRF cookie its forms set, and a
 * birth date and gender so the eligibility rules can decide about them.
 */
export async function signedInApplicant(db: DataSource, url: string, fullName?: string) {
  const user = await createUser(db, { role: Role.applicant, fullName });
  await db.manager.update(User, { id: user.id }, { dateOfBirth: '2001-04-30', gender: 'male' });
  const agent = request.agent(url);
  agent.set('cookie', await webSessionCookie(db, user.id));
  return { user, agent };
}

/** Starts an entry through the "new entry" form, as a team in the default category. */
export async function draftThroughPages(
  agent: TestAgent,
  contestSlug: string,
  title: string,
): Promise<{ entryId: string; entryPath: string }> {
  const form = await agent.get(`/entries/new?contest=${contestSlug}`).expect(200);
  const created = await agent
    .post('/entries/new')
    .type('form')
    .send({
      _csrf: csrfOf(form.text),
      contest: contestSlug,
      categoryKey: 'y-tuong',
      applicantType: 'team',
      title,
    })
    .expect(303);
  const entryId = /^\/entries\/([0-9a-f-]{36})\/edit/.exec(created.headers.location as string)![1];
  return { entryId, entryPath: `/entries/${entryId}` };
}
