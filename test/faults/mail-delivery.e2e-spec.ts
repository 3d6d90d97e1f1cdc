import { readFileSync } from 'node:fs';
import mysql from 'mysql2/promise';
import { exitCodeOf } from '../support/app-output';
import { dropDatabase, testEnvironment, uniqueName } from '../support/environment';
import { mysqlOutbox, OutboxDb, OutboxRow } from '../support/outbox-db';
import { migrate, RunningProcess, spawnApp, waitFor } from '../support/portal';
import { startThrowAwayRedis, ThrowAwayRedis } from '../support/redis-server';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';

const MAX_ATTEMPTS = 4;

/**
 * Mail delivery in the production profile under faults: a real worker process, MariaDB,
 * a throw-away Redis that can be stopped, and an SMTP sink that can misbehave.
 */
describe('mail delivery under faults (production profile)', () => {
  let databaseUrl: string;
  let redis: ThrowAwayRedis;
  let outbox: OutboxDb;
  let sink: SmtpSink;
  let worker: RunningProcess | undefined;
  let baseEnv: Record<string, string>;

  const startWorker = (extra: Record<string, string> = {}) => {
    worker = spawnApp('worker', { ...baseEnv, SMTP_URL: sink.url, ...extra });
    return worker;
  };
  const rowsWith = async (status: OutboxRow['status'], count: number) => {
    const rows = await outbox.rows();
    return rows.filter((row) => row.status === status).length === count && rows;
  };
  /**
   * To see that nothing more happens to a mail that reached its end, a second mail is
   * sent through the same relay, queue and worker and waited for: by then the first has
   * had every turn the second had.
   */
  const PROBE = 'probe@example.test';
  const afterAProbe = async (status: OutboxRow['status'], count: number) => {
    await outbox.insert([{ to: PROBE }]);
    await waitFor(() => rowsWith(status, count), 'the probe mail');
  };
  beforeAll(async () => {
    redis = await startThrowAwayRedis();
    // A fresh MariaDB database of its own; Redis is the throw-away one, never the shared one.
    baseEnv = await testEnvironment('production', {
      REDIS_URL: redis.url,
      MAIL_FROM: 'Cuộc thi <no-reply@mail.test>',
      MAIL_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
      MAIL_RETRY_BASE_MS: '100',
      MAIL_RETRY_MAX_MS: '400',
      QUEUE_LOCK_MS: '2000',
      OUTBOX_SWEEP_AFTER_MS: '3000',
    });
    databaseUrl = baseEnv.DATABASE_URL;
    await migrate(baseEnv);
    outbox = await mysqlOutbox(databaseUrl);
  });

  beforeEach(async () => {
    sink = await startSmtpSink();
    baseEnv = { ...baseEnv, QUEUE_PREFIX: uniqueName('q') };
    await outbox.clear();
  });

  afterEach(async () => {
    await worker?.stop();
    worker = undefined;
    await sink.close();
    await redis.start();
  });

  afterAll(async () => {
    await outbox?.close();
    await redis?.stop();
    if (databaseUrl) await dropDatabase(databaseUrl);
  });

  it('retries 4xx answers and delivers exactly one mail', async () => {
    sink.answerNext('temporary', 2);
    const [id] = await outbox.insert([{ to: 'lan@example.test' }]);
    startWorker();

    const [row] = (await waitFor(() => rowsWith('sent', 1), 'the mail to be sent')) as OutboxRow[];
    expect(row).toMatchObject({ id, status: 'sent', attempts: 2 });
    await afterAProbe('sent', 2);
    expect(sink.dataAttempts('lan@example.test')).toBe(3);
    expect(sink.messages.filter((mail) => mail.to.includes('lan@example.test'))).toHaveLength(1);
    expect(sink.messages[0].to).toEqual(['lan@example.test']);
    expect(sink.messages[0].messageId).toBe(`<${id}@mail.test>`);
  });

  it('gives up at once on a 5xx answer, keeping the reason', async () => {
    sink.answerAlways('permanent');
    await outbox.insert([{ to: 'khong-co@example.test' }]);
    startWorker();

    const [row] = (await waitFor(() => rowsWith('failed', 1), 'the mail to fail')) as OutboxRow[];
    expect(row.lastError).toContain('550');
    await afterAProbe('failed', 2);
    expect(sink.dataAttempts('khong-co@example.test')).toBe(1);
    expect(sink.messages).toHaveLength(0);
  });

  it('bounds the attempts when the server drops the connection after DATA', async () => {
    sink.answerAlways('drop');
    await outbox.insert([{ to: 'mat-ket-noi@example.test' }]);
    startWorker();

    const [row] = (await waitFor(
      () => rowsWith('failed', 1),
      'the mail to be given up',
    )) as OutboxRow[];
    expect(row.attempts).toBe(MAX_ATTEMPTS);
    const attemptsWhenGivenUp = sink.dataAttempts('mat-ket-noi@example.test');
    await afterAProbe('failed', 2);
    expect(sink.dataAttempts('mat-ket-noi@example.test')).toBe(attemptsWhenGivenUp);
    expect(attemptsWhenGivenUp).toBeLessThanOrEqual(MAX_ATTEMPTS);
  });

  it('keeps rows pending while Redis is down and sends them once it is back, without a restart', async () => {
    startWorker();
    await outbox.insert([{}]);
    await waitFor(() => rowsWith('sent', 1), 'the worker to be running');

    await redis.stop();
    const ids = await outbox.insert(Array.from({ length: 20 }, () => ({})));
    // The relay says when it finds the queue gone; until it is back nothing can move.
    await waitFor(
      async () => readFileSync(worker!.logFile, 'utf8').includes('mail relay paused'),
      'the relay to notice the outage',
    );
    const rows = await outbox.rows();
    expect(rows.filter((row) => ids.includes(row.id)).map((row) => row.status)).toEqual(
      ids.map(() => 'pending'),
    );

    await redis.start();
    await waitFor(() => rowsWith('sent', 21), 'the mails to go out after Redis is back', 20000);
    expect(new Set(sink.messages.map((mail) => mail.messageId)).size).toBe(21);
    expect(worker?.child.exitCode).toBeNull();
  });

  it('delivers every mail after the worker is killed in the middle of a batch', async () => {
    const total = 200;
    const ids = await outbox.insert(Array.from({ length: total }, () => ({})));
    const first = startWorker();
    await waitFor(async () => sink.messages.length >= 50, 'the first mails to go out');
    await first.kill();
    const sentBeforeCrash = sink.messages.length;

    startWorker();
    await waitFor(() => rowsWith('sent', total), 'every mail to be sent after a restart', 30000);
    const delivered = new Set(sink.messages.map((mail) => mail.messageId));
    expect(ids.every((id) => delivered.has(`<${id}@mail.test>`))).toBe(true);
    const duplicates = sink.messages.length - delivered.size;
    console.log(
      `crash during delivery: ${sentBeforeCrash} sent before the kill, ${duplicates} duplicate(s) of ${total}`,
    );
    expect(duplicates).toBeLessThanOrEqual(20);
  });

  it('sends no more than twice MAIL_CONCURRENCY mails ahead of their sent marks while the database is slow', async () => {
    const concurrency = 5;
    const bound = 2 * concurrency;
    const db = await mysql.createConnection({ uri: databaseUrl });
    // Every row recorded sent costs the database 50 ms: the marks crawl while the SMTP server
    // would take mails as fast as the worker sends them.
    await db.query(
      "CREATE TRIGGER slow_sent_marks BEFORE UPDATE ON notifications FOR EACH ROW BEGIN IF NEW.status = 'sent' THEN DO SLEEP(0.05); END IF; END",
    );
    try {
      await outbox.insert(Array.from({ length: 120 }, () => ({})));
      startWorker({ MAIL_CONCURRENCY: String(concurrency), OUTBOX_SWEEP_AFTER_MS: '600000' });
      let largestLead = 0;
      await waitFor(
        async () => {
          // The server's count first: a row counted sent afterwards was accepted before.
          const accepted = sink.messages.length;
          const sent = (await outbox.rows()).filter((row) => row.status === 'sent').length;
          largestLead = Math.max(largestLead, accepted - sent);
          return accepted >= 4 * bound;
        },
        'the mails to go out while the marks crawl',
        60000,
      );
      expect(largestLead).toBeGreaterThan(0);
      expect(largestLead).toBeLessThanOrEqual(bound);
    } finally {
      await db.query('DROP TRIGGER IF EXISTS slow_sent_marks');
      await db.end();
    }
    await waitFor(() => rowsWith('sent', 120), 'every mail to be recorded sent', 30000);
    expect(new Set(sink.messages.map((mail) => mail.messageId)).size).toBe(120);
  });

  it('stops promptly and cleanly on SIGTERM', async () => {
    const proc = startWorker();
    await outbox.insert([{}]);
    await waitFor(() => rowsWith('sent', 1), 'the worker to be running');
    const stopping = Date.now();
    await proc.stop();
    expect(Date.now() - stopping).toBeLessThan(4000);
    expect(proc.child.signalCode ?? proc.child.exitCode).not.toBe('SIGKILL');
  });

  it('refuses to start without REDIS_URL', async () => {
    const proc = spawnApp('worker', { ...baseEnv, REDIS_URL: '', SMTP_URL: sink.url });
    expect(await exitCodeOf(proc)).toBe(1);
  });
});
