import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { User } from '@app/accounts/users/user.entity';
import { createContest, createQuestion, createRound } from '../contest-factory';
import { createUser } from '../database';
import { addAttachment, signIn } from '../entry-factory';
import { createListedEntry } from '../listing-factory';
import { scoringScenario } from '../judging-factory-scoring';
import { webSessionCookie } from '../sessions';
import { ContestJudge } from '@app/judging/judges/contest-judge.entity';
import { Attachment } from '@app/entries/attachments/attachment.entity';
import { EntryStatus } from '@app/entries/entries/entry.entity';
import { send } from './raw-http';

export const ROLES = ['anonymous', 'applicant', 'judge', 'organizer', 'admin'] as const;
export type Caller = (typeof ROLES)[number];

export interface CallerSession {
  /** Headers of an API call (bearer). */
  api: Record<string, string>;
  /** Headers of a page call (session and CSRF cookies). */
  page: Record<string, string>;
  csrfToken: string;
}

/**
 * One of everything a route can name, so a request with a real id reaches the code behind
 * the route instead of stopping at "not found": an open contest with a category, a
 * question, a round and the applicant's draft with a file; a contest in judging with a
 * round, a submitted entry and its judge's assignment; one account per role.
 */
export interface BadInputWorld {
  sessions: Record<Caller, CallerSession>;
  /** The id to put into a path parameter, for a route and the caller. */
  paramValue(path: string, param: string, caller: Caller): string;
}

async function csrfFor(
  port: number,
  cookie: string | undefined,
): Promise<{ cookie: string; token: string }> {
  const page = cookie ? '/account/password' : '/login';
  const res = await send(port, { method: 'GET', path: page, headers: cookie ? { cookie } : {} });
  const token = /name="_csrf" value="([^"]+)"/.exec(res.body)?.[1];
  const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const csrfCookie = setCookie.map((c) => c.split(';')[0]).find((c) => c.startsWith('_csrf='));
  if (!token || !csrfCookie) throw new Error(`no CSRF token on ${page} (status ${res.status})`);
  return { cookie: [cookie, csrfCookie].filter(Boolean).join('; '), token };
}

export async function buildWorld(
  url: string,
  port: number,
  db: DataSource,
  env: Record<string, string>,
): Promise<BadInputWorld> {
  const judged = await scoringScenario(url, db, env, { judges: 1, entries: 1 });
  const judge = judged.judges[0];
  const open = await createContest(db);
  const question = await createQuestion(db, open);
  const openRound = await createRound(db, open);
  const applicant = await signIn(url, db);
  const applicantUser = await db.manager.findOneByOrFail(User, { id: applicant.id });
  const draft = await createListedEntry(db, open, applicantUser, {
    status: EntryStatus.draft,
    submittedAt: null,
    submittedRevision: null,
  });
  await addAttachment(db, draft.id, applicant.id);
  const draftFile = await db.manager.findOneByOrFail(Attachment, { entryId: draft.id });
  const organizer = await signIn(url, db, { role: Role.organizer });
  const admin = await signIn(url, db, { role: Role.admin });
  const bystander = await createUser(db);
  const invitation = await db.manager.findOneByOrFail(ContestJudge, {
    contestId: judged.contest.id,
    userId: judge.id,
  });

  const sessions = {} as Record<Caller, CallerSession>;
  const accounts: Record<Exclude<Caller, 'anonymous'>, { id: string; api: string }> = {
    applicant: { id: applicant.id, api: applicant.auth.authorization },
    judge: { id: judge.id, api: judge.auth.authorization },
    organizer: { id: organizer.id, api: organizer.auth.authorization },
    admin: { id: admin.id, api: admin.auth.authorization },
  };
  const anonymous = await csrfFor(port, undefined);
  sessions.anonymous = { api: {}, page: { cookie: anonymous.cookie }, csrfToken: anonymous.token };
  for (const [caller, account] of Object.entries(accounts)) {
    const cookie = await webSessionCookie(db, account.id);
    const page = await csrfFor(port, cookie);
    sessions[caller as Caller] = {
      api: { authorization: account.api },
      page: { cookie: page.cookie },
      csrfToken: page.token,
    };
  }

  const entryFor = (caller: Caller) => (caller === 'applicant' ? draft.id : judged.entries[0].id);
  const byName: Record<string, (path: string, caller: Caller) => string> = {
    slug: () => open.slug,
    entryId: (_p, caller) => entryFor(caller),
    attachmentId: (path, caller) =>
      path.includes('/judging/') || caller !== 'applicant'
        ? judged.attachmentOf(0).id
        : draftFile.id,
    fileId: (path, caller) =>
      path.includes('/judging/') || caller !== 'applicant'
        ? judged.attachmentOf(0).id
        : draftFile.id,
    categoryId: () => open.category.id,
    questionId: () => question.id,
    roundId: () => openRound.id,
    assignmentId: () => judged.assignment(0, 0).id,
    judgeUserId: () => judge.id,
  };
  const bySegment: Record<string, (caller: Caller) => string> = {
    contests: () => open.id,
    rounds: () => judged.round.id,
    entries: (caller) => entryFor(caller),
    assignments: () => judged.assignment(0, 0).id,
    categories: () => open.category.id,
    questions: () => question.id,
    invitations: () => invitation.id,
    users: () => bystander.id,
    mailbox: () => 'no-such-mail',
  };
  return {
    sessions,
    paramValue(path, param, caller) {
      const named = byName[param];
      if (named) return named(path, caller);
      const segments = path.split('/');
      const before = segments[segments.indexOf(`:${param}`) - 1];
      return bySegment[before]?.(caller) ?? randomUUID();
    },
  };
}
