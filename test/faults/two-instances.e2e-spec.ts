import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource, Like } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { Notification } from '@app/notifications/outbox/notification.entity';
import { createCrowdContest } from '../support/announcement-factory';
import { minimalPdf, multipartBody } from '../support/attachment-factory';
import { createContest } from '../support/contest-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { EntryEvent } from '@app/entries/history/entry-event.entity';
import {
  COMPLETE_FORM,
  createReadyEntry,
  signIn as signInApplicant,
} from '../support/entry-factory';
import { scoringScenario } from '../support/judging-factory-scoring';
import { testEnvironment } from '../support/environment';
import { RunningPortal, RunningProcess, spawnApp, startPortal, waitFor } from '../support/portal';
import { RoundRobinProxy, startRoundRobinProxy } from '../support/round-robin-proxy';
import { RunningS3Server, startS3Server } from '../support/s3-server';
import { parsedMailTo, SmtpSink, startSmtpSink } from '../support/smtp-sink';

const PARTICIPANTS = 400;
/** The awards contest under the crowd has seven teams of its own. */
const MAILS = PARTICIPANTS + 7;

/**
 * The platform on several hosts, as an operator runs it: two portals (each on its own disk)
 * and two workers on one MariaDB, one Redis and one S3-compatible bucket, behind a
 * round-robin proxy. Every request of the journey goes through the proxy, so consecutive
 * requests land on different portals.
 */
describe('two portals and two workers behind a round-robin proxy (production profile)', () => {
  let s3: RunningS3Server;
  let sink: SmtpSink;
  let portals: RunningPortal[] = [];
  let workers: RunningProcess[] = [];
  let proxy: RoundRobinProxy;
  let db: DataSource;
  let env: Record<string, string>;

  beforeAll(async () => {
    s3 = await startS3Server();
    sink = await startSmtpSink();
    env = await testEnvironment('production', {
      STORAGE_URL: s3.storageUrl(),
      SMTP_URL: sink.url,
      TRUSTED_PROXIES: '1',
      QUEUE_LOCK_MS: '2000',
      OUTBOX_SWEEP_AFTER_MS: '3000',
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
      AUTH_IP_RATE_LIMIT_PER_MINUTE: '5000',
    });
    for (const varDir of [env.VAR_DIR, mkdtempSync(join(tmpdir(), 'scp-host-b-'))])
      portals.push(await startPortal({ ...env, VAR_DIR: varDir }));
    workers = [spawnApp('worker', env), spawnApp('worker', env)];
    proxy = await startRoundRobinProxy(portals.map((portal) => portal.url));
    db = await openDatabase(env);
  }, 180_000);
  afterAll(async () => {
    await db?.destroy();
    await proxy?.close();
    await Promise.all([...workers, ...portals].map((proc) => proc.stop()));
    workers = [];
    portals = [];
    await sink?.close();
    await s3?.stop();
  });

  const api = () => request(proxy.url);
  const mailTo = (email: string, subject: RegExp) => parsedMailTo(sink, email, subject);
  const tokenIn = (text: string | undefined, path: string) => {
    const match = new RegExp(`${path}\\?token=([\\w%-]+)`).exec(text ?? '');
    expect(match).not.toBeNull();
    return decodeURIComponent(match![1]);
  };
  const signIn = async (email: string, password: string) => {
    const res = await api().post('/api/v1/auth/login').send({ email, password }).expect(200);
    return { authorization: `Bearer ${res.body.accessToken as string}` };
  };

  it('takes an applicant from registration to a submitted entry, files served by either portal', async () => {
    const contest = await createContest(db);
    const email = `hai-may.${Date.now()}@example.vn`;
    const password = 'hai-máy-chủ-một-cuộc-thi';
    await api()
      .post('/api/v1/auth/register')
      .send({ email, password, fullName: 'Phạm Thị Hai Máy', consent: true, locale: 'vi' })
      .expect(201);
    const verification = await mailTo(email, /xác (nhận|thực)/i);
    await api()
      .post('/api/v1/auth/verify-email')
      .send({ token: tokenIn(verification.text, '/verify-email') })
      .expect((res) => expect(res.status).toBeLessThan(300));
    const auth = await signIn(email, password);
    await api()
      .patch('/api/v1/me')
      .set(auth)
      .send({ dateOfBirth: '2001-03-08', gender: 'female', phone: '0905123456' })
      .expect(200);

    const created = await api()
      .post(`/api/v1/contests/${contest.id}/entries`)
      .set(auth)
      .send({
        categoryKey: 'y-tuong',
        applicantType: 'team',
        title: 'Hai máy một ý tưởng',
        ...COMPLETE_FORM,
      })
      .expect(201);
    const entryId = created.body.id as string;

    const pdf = minimalPdf(64 * 1024);
    const { body, contentType } = multipartBody([
      { name: 'kind', value: 'pitch_deck' },
      { name: 'file', filename: 'deck.pdf', content: pdf },
    ]);
    const uploadedAt = proxy.served.length;
    const uploaded = await api()
      .post(`/api/v1/entries/${entryId}/attachments`)
      .set(auth)
      .set('content-type', contentType)
      .send(body)
      .expect(201);
    const uploadedBy = proxy.served[uploadedAt];
    // The next two downloads land on each portal in turn: one of them is not the uploader.
    const downloadedAt = proxy.served.length;
    for (let i = 0; i < 2; i++) {
      const got = await api()
        .get(`/api/v1/entries/${entryId}/attachments/${uploaded.body.id}`)
        .set(auth)
        .buffer(true)
        .parse((res, callback) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => callback(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(Buffer.compare(got.body as Buffer, pdf)).toBe(0);
    }
    expect(proxy.served.slice(downloadedAt, downloadedAt + 2)).toContain(1 - uploadedBy);

    const submitted = await api()
      .post(`/api/v1/entries/${entryId}/submit`)
      .set(auth)
      .set('idempotency-key', randomUUID())
      .send({});
    expect(submitted.status).toBeLessThan(300);
    expect(submitted.body.status).toBe('submitted');
    const receipt = await mailTo(email, new RegExp(created.body.code as string));
    expect(receipt.text).toContain(created.body.code);
  }, 120_000);

  it('answers five simultaneous forgotten-password requests for one account with 202 each', async () => {
    const user = await createUser(db);
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        api().post('/api/v1/auth/password/forgot').send({ email: user.email }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual([202, 202, 202, 202, 202]);
    await waitFor(
      async () => sink.messages.filter((mail) => mail.to.includes(user.email)).length === 5,
      'the five reset mails',
    );
  });

  it('answers simultaneous score saves and submits with a result, never a 500', async () => {
    const s = await scoringScenario(proxy.url, db, env, { judges: 3, entries: 4 });
    const score = (judge: number, entry: number, submit: boolean) =>
      api()
        .put(`/api/v1/judging/assignments/${s.assignment(judge, entry).id}/score`)
        .set(s.judges[judge].auth)
        .send({ scores: { 'doi-moi': 30 + entry, 'kha-thi': 20, 'doi-ngu': 15 }, submit });
    // Every judge scores every entry at once, and the first judge saves one sheet three times more.
    const saves = await Promise.all([
      ...[0, 1, 2].flatMap((judge) => [0, 1, 2, 3].map((entry) => score(judge, entry, true))),
      ...[1, 2, 3].map(() => score(0, 0, false)),
    ]);
    expect(saves.filter((res) => res.status >= 500)).toEqual([]);
    expect(saves.every((res) => [200, 409].includes(res.status))).toBe(true);
    const queue = await api().get('/api/v1/judging/queue').set(s.judges[1].auth).expect(200);
    expect(queue.body.progress).toEqual({ scored: 4, total: 4 });

    const contest = await createContest(db);
    const owner = await signInApplicant(proxy.url, db);
    const entry = await createReadyEntry(proxy.url, db, owner, contest.id);
    const submits = await Promise.all(
      Array.from({ length: 5 }, () =>
        api()
          .post(`/api/v1/entries/${entry.id}/submit`)
          .set(owner.auth)
          .set('idempotency-key', randomUUID())
          .send({}),
      ),
    );
    expect(submits.filter((res) => res.status >= 500)).toEqual([]);
    expect(submits.some((res) => res.status < 300)).toBe(true);
    expect(await db.manager.countBy(EntryEvent, { entryId: entry.id, type: 'submitted' })).toBe(1);
  }, 120_000);

  it('delivers an announcement to every participant once a worker is killed mid-batch', async () => {
    const crowd = await createCrowdContest(db, PARTICIPANTS);
    const organizer = await createUser(db, { role: Role.organizer });
    const auth = await signIn(organizer.email, FACTORY_PASSWORD);
    const before = sink.messages.length;
    const announced = await api()
      .post(`/api/v1/contests/${crowd.contest.id}/announce`)
      .set(auth)
      .expect(201);
    expect(announced.body).toMatchObject({ version: 1, mails: MAILS });
    await waitFor(async () => sink.messages.length - before >= 60, 'the first mails', 120_000);
    await workers[0].kill();
    const acceptedBeforeKill = sink.messages.length - before;

    const rowsOf = () =>
      db.manager.find(Notification, {
        where: { dedupeKey: Like(`results:${crowd.contest.id}:1:%`) },
      });
    await waitFor(
      async () => (await rowsOf()).every((row) => row.status === 'sent'),
      'every mail to be sent by the surviving worker',
      240_000,
      500,
    );
    const rows = await rowsOf();
    expect(rows).toHaveLength(MAILS);
    const rowById = new Map(rows.map((row) => [row.id, row]));
    const idsByRecipient = new Map<string, Set<string>>();
    let deliveries = 0;
    for (const mail of sink.messages.slice(before)) {
      const id = /^<([^@]+)@/.exec(mail.messageId)?.[1] ?? '';
      const row = rowById.get(id);
      if (!row) continue;
      deliveries++;
      idsByRecipient.set(
        row.recipientEmail,
        new Set([...(idsByRecipient.get(row.recipientEmail) ?? []), id]),
      );
    }
    for (const [email, template] of crowd.expected) {
      const ids = [...(idsByRecipient.get(email) ?? [])];
      expect(ids).toHaveLength(1);
      expect(rowById.get(ids[0])?.template).toBe(template);
    }
    const duplicates = deliveries - rows.length;
    console.log(
      `two workers, one killed: ${MAILS} mails, ${acceptedBeforeKill} accepted before the kill, ${duplicates} delivered twice (same Message-ID)`,
    );
    // Resent only what was in flight when the worker died: at most a batch of its concurrency.
    expect(duplicates).toBeLessThanOrEqual(20);

    // Both portals show the same public results.
    const pages = await Promise.all(
      [0, 1].map(() => api().get(`/api/v1/contests/${crowd.contest.id}/results`)),
    );
    expect(pages.map((page) => page.status)).toEqual([200, 200]);
    expect(pages[0].body).toEqual(pages[1].body);
  }, 300_000);

  it('spread the journey over both portals', () => {
    expect(new Set(proxy.served)).toEqual(new Set([0, 1]));
    // For the operator: how often the database chose one of the requests above as a
    // deadlock victim (or timed out its lock wait) and the whole unit ran again.
    const retries = portals.map(
      (portal) =>
        readFileSync(portal.logFile, 'utf8').match(/transaction rolled back \(lock conflict\)/g)
          ?.length ?? 0,
    );
    console.log(
      `requests per portal: ${[0, 1].map((i) => proxy.served.filter((s) => s === i).length).join(' / ')}; lock-conflict retries per portal: ${retries.join(' / ')}`,
    );
  });
});
