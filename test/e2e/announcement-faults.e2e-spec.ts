import request from 'supertest';
import type { DataSource } from 'typeorm';
import { Like } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { Notification } from '@app/notifications/outbox/notification.entity';
import { createCrowdContest } from '../support/announcement-factory';
import { createUser, FACTORY_PASSWORD, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { RunningPortal, RunningProcess, spawnApp, startPortal, waitFor } from '../support/portal';
import { startThrowAwayRedis, ThrowAwayRedis } from '../support/redis-server';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';

const PARTICIPANTS = 2000;
/** The awards contest under the crowd has seven teams of its own. */
const MAILS = PARTICIPANTS + 7;

/**
 * An announcement to 2,000 participants interrupted in the middle: in production the
 * worker is killed and Redis stopped (and started again empty), in the embedded profile
 * the portal that delivers is killed and started again. Every participant still gets the
 * mail of their outcome, and only that one: its outbox row is written once (the dedupe
 * key), and a row sent again after a crash carries the same Message-ID.
 */
describe.each(PROFILES)('an announcement interrupted (%s profile)', (profile) => {
  let portal: RunningPortal;
  let worker: RunningProcess | undefined;
  let redis: ThrowAwayRedis | undefined;
  let sink: SmtpSink;
  let db: DataSource;
  let env: Record<string, string>;

  beforeAll(async () => {
    sink = await startSmtpSink();
    if (profile === 'production') redis = await startThrowAwayRedis();
    env = await testEnvironment(profile, {
      SMTP_URL: sink.url,
      QUEUE_LOCK_MS: '2000',
      OUTBOX_SWEEP_AFTER_MS: '3000',
      ...(redis ? { REDIS_URL: redis.url } : {}),
    });
    portal = await startPortal(env);
    db = await openDatabase(env);
  });

  afterAll(async () => {
    await worker?.stop();
    await portal?.stop();
    await db?.destroy();
    await redis?.stop();
    await sink?.close();
  });

  it('delivers exactly one right mail to each of 2,000 participants across the crash', async () => {
    const crowd = await createCrowdContest(db, PARTICIPANTS);
    const organizer = await createUser(db, { role: Role.organizer });
    const token = (
      await request(portal.url)
        .post('/api/v1/auth/login')
        .send({ email: organizer.email, password: FACTORY_PASSWORD })
        .expect(200)
    ).body.accessToken as string;
    if (profile === 'production') worker = spawnApp('worker', env);

    const started = Date.now();
    const announced = await request(portal.url)
      .post(`/api/v1/contests/${crowd.contest.id}/announce`)
      .set({ authorization: `Bearer ${token}` })
      .expect(201);
    expect(announced.body).toMatchObject({ version: 1, mails: MAILS });

    // In the middle of sending: kill what delivers (and stop Redis, losing its queue).
    await waitFor(async () => sink.messages.length >= 300, 'the first mails', 120_000);
    if (profile === 'production') {
      await worker?.kill();
      await redis?.stop();
      await redis?.start();
      worker = spawnApp('worker', env);
    } else {
      await portal.kill();
      portal = await startPortal(env);
    }
    const accepted = sink.messages.length;
    expect(accepted).toBeLessThan(MAILS);

    const rowsOf = () =>
      db.manager.find(Notification, {
        where: { dedupeKey: Like(`results:${crowd.contest.id}:1:%`) },
      });
    await waitFor(
      async () => (await rowsOf()).every((row) => row.status === 'sent'),
      'every mail to be sent',
      240_000,
      500,
    );
    const seconds = (Date.now() - started) / 1000;

    const rows = await rowsOf();
    expect(rows).toHaveLength(MAILS);
    const rowById = new Map(rows.map((row) => [row.id, row]));
    const idsByRecipient = new Map<string, Set<string>>();
    let resent = 0;
    const seen = new Set<string>();
    for (const mail of sink.messages) {
      const id = /^<([^@]+)@/.exec(mail.messageId)?.[1] ?? '';
      const row = rowById.get(id);
      if (!row) continue;
      expect(mail.to).toEqual([row.recipientEmail]);
      if (seen.has(id)) resent++;
      seen.add(id);
      idsByRecipient.set(
        row.recipientEmail,
        new Set([...(idsByRecipient.get(row.recipientEmail) ?? []), id]),
      );
    }
    // Each participant: exactly one mail (one Message-ID), of the template of their outcome.
    for (const [email, template] of crowd.expected) {
      const ids = [...(idsByRecipient.get(email) ?? [])];
      expect(ids).toHaveLength(1);
      expect(rowById.get(ids[0])?.template).toBe(template);
    }
    expect(seen.size).toBe(MAILS);
    // A crash between the server's 250 and the row's update resends that row once, with
    // the same Message-ID; a reader's mail client shows it once.
    console.log(
      `${profile}: ${MAILS} mails in ${seconds.toFixed(1)} s across the fault; ${accepted} accepted before it; ${resent} resent with their Message-ID`,
    );
  }, 300_000);
});
