import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { Contest } from '@app/contests/contests/contest.entity';
import type { Round } from '@app/contests/rounds/round.entity';
import { createContest, createRound, FACTORY_CRITERIA } from '../support/contest-factory';
import type { ContestFixture } from '../support/contest-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { addAttachment, COMPLETE_FORM } from '../support/entry-factory';
import { acceptedJudges } from '../support/judging-factory-assignment';
import { testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';
import { parsedMailTo, SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { TypedApiClient, typedApiClient } from '../support/typed-api-client';

/**
 * One journey through the client generated from the API's description (openapi-fetch typed
 * by test/generated/api-types.ts): every request and every field read below is checked by
 * `npm run check` against the description, so a renamed field fails the build, and every
 * response against it at run time. Factories only do what has no API: the contest, its
 * round and judge, the pitch deck's row, and the clock passing the deadline.
 */

/** The body of a success; the status and error body otherwise, as the test's failure. */
function ok<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined)
    throw new Error(`${result.response.status}: ${JSON.stringify(result.error)}`);
  return result.data;
}

describe('a journey through the generated API client (embedded profile)', () => {
  let sink: SmtpSink;
  let portal: RunningPortal;
  let db: DataSource;
  let anonymous: TypedApiClient;
  let contest: ContestFixture;
  let round: Round;

  const email = `khach.hang.${randomUUID().slice(0, 8)}@example.vn`;
  const password = `mật-khẩu-khách-hàng-${Date.now()}`;
  let applicant: TypedApiClient;
  let applicantId: string;
  let entry: { id: string; code: string };
  let judgeEmail: string;

  const signIn = async (address: string, secret = FACTORY_PASSWORD) => {
    const session = ok(
      await anonymous.POST('/api/v1/auth/login', { body: { email: address, password: secret } }),
    );
    return { client: typedApiClient(portal.url, session.accessToken), user: session.user };
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    const env = await testEnvironment('embedded', { SMTP_URL: sink.url });
    portal = await startPortal(env);
    db = await openDatabase(env);
    anonymous = typedApiClient(portal.url);
    contest = await createContest(db);
    round = await createRound(db, contest, { reviewsPerEntry: 1 });
  });
  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
    await sink?.close();
  });

  it('registers an applicant, verifies the address by the mailed link and signs in', async () => {
    const registered = ok(
      await anonymous.POST('/api/v1/auth/register', {
        body: { email, password, fullName: 'Phạm Thị Khách', consent: true, locale: 'vi' },
      }),
    );
    expect(registered.emailVerified).toBe(false);
    const mail = await parsedMailTo(sink, email, /xác (nhận|thực)/i);
    const token = /verify-email\?token=([\w%-]+)/.exec(mail.text ?? '')?.[1];
    expect(token).toBeDefined();
    ok(
      await anonymous.POST('/api/v1/auth/verify-email', {
        body: { token: decodeURIComponent(token!) },
      }),
    );

    const session = await signIn(email, password);
    expect(session.user.emailVerified).toBe(true);
    applicant = session.client;
    applicantId = session.user.id;
  });

  it('reads the open contests, creates an entry, saves it and submits it once per key', async () => {
    const contests = ok(await anonymous.GET('/api/v1/contests'));
    const listed = contests.find((item) => item.id === contest.id);
    expect(listed?.acceptingSubmissions).toBe(true);
    const categoryKey = listed!.categories[0].key;

    const created = ok(
      await applicant.POST('/api/v1/contests/{id}/entries', {
        params: { path: { id: contest.id } },
        body: { categoryKey, applicantType: 'team', title: 'Nháp qua máy khách' },
      }),
    );
    expect(created.status).toBe('draft');
    entry = { id: created.id, code: created.code };

    const saved = ok(
      await applicant.PATCH('/api/v1/entries/{id}', {
        params: { path: { id: entry.id } },
        body: {
          ...COMPLETE_FORM,
          stage: 'prototype',
          title: 'Truy xuất nguồn gốc nông sản',
          fieldKey: 'nong-nghiep',
        },
      }),
    );
    expect(saved.title).toBe('Truy xuất nguồn gốc nông sản');
    expect(saved).toMatchObject({ status: 'draft', stage: 'prototype', fieldKey: 'nong-nghiep' });
    // The pitch deck's bytes are the upload suite's concern; its row makes the entry complete.
    await addAttachment(db, entry.id, applicantId);

    const key = randomUUID();
    const submit = () =>
      applicant.POST('/api/v1/entries/{id}/submit', {
        params: { path: { id: entry.id }, header: { 'idempotency-key': key } },
      });
    const first = ok(await submit());
    expect(first).toMatchObject({ status: 'submitted', code: entry.code });
    // The same key answers the first result again rather than a second submission.
    expect(ok(await submit())).toEqual(first);
  });

  it('gives the applicant the receipt: the entry in their list and the receipt mail', async () => {
    const mine = ok(await applicant.GET('/api/v1/me/entries'));
    expect(mine.find((item) => item.id === entry.id)).toMatchObject({
      code: entry.code,
      status: 'submitted',
      hasUnsubmittedChanges: false,
    });
    const receipt = await parsedMailTo(sink, email, new RegExp(entry.code));
    expect(receipt.text).toContain(entry.code);
  });

  it('lets an organizer screen the entry and take it into judging', async () => {
    const organizerUser = await createUser(db, { role: Role.organizer });
    const { client: organizer } = await signIn(organizerUser.email);
    const screened = ok(
      await organizer.POST('/api/v1/entries/{id}/screening', {
        params: { path: { id: entry.id } },
        body: { decision: 'eligible', reason: 'Đủ điều kiện' },
      }),
    );
    expect(screened.status).toBe('eligible');

    // No API moves the clock: the deadline passes in the database.
    await db.manager.update(
      Contest,
      { id: contest.id },
      { submissionDeadline: new Date(Date.now() - 60_000) },
    );
    for (const status of ['closed', 'judging'] as const) {
      ok(
        await organizer.POST('/api/v1/contests/{id}/status', {
          params: { path: { id: contest.id } },
          body: { status },
        }),
      );
    }
    const intake = ok(
      await organizer.POST('/api/v1/rounds/{id}/entries/intake', {
        params: { path: { id: round.id } },
      }),
    );
    expect(intake.total).toBe(1);

    const [judgeUser] = await acceptedJudges(db, contest, [{ organization: 'Viện Nông nghiệp' }]);
    judgeEmail = judgeUser.email;
    const assigned = ok(
      await organizer.POST('/api/v1/rounds/{id}/assignments/auto', {
        params: { path: { id: round.id } },
      }),
    );
    expect(assigned).toMatchObject({ queued: false, created: 1 });
  });

  it('lets the judge read the queue and the entry and submit a score', async () => {
    const { client: judge } = await signIn(judgeEmail);
    const queue = ok(await judge.GET('/api/v1/judging/queue'));
    expect(queue.progress).toEqual({ scored: 0, total: 1 });
    const item = queue.items.find((queued) => queued.entry.code === entry.code);
    expect(item?.roundId).toBe(round.id);

    const assignment = ok(
      await judge.GET('/api/v1/judging/assignments/{id}', {
        params: { path: { id: item!.assignmentId } },
      }),
    );
    expect(assignment.rubric.map((criterion) => criterion.key)).toEqual(
      FACTORY_CRITERIA.map((criterion) => criterion.key),
    );

    const scores = Object.fromEntries(
      FACTORY_CRITERIA.map((criterion) => [criterion.key, criterion.maxScore - 5]),
    );
    const score = ok(
      await judge.PUT('/api/v1/judging/assignments/{id}/score', {
        params: { path: { id: item!.assignmentId } },
        body: { scores, commentForTeam: 'Ý tưởng thiết thực.', submit: true },
      }),
    );
    expect(score).toMatchObject({ status: 'submitted', scores, version: 1 });
    expect(ok(await judge.GET('/api/v1/judging/queue')).progress).toEqual({ scored: 1, total: 1 });
  });
});
