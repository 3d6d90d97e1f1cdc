import { readFileSync } from 'node:fs';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import { OutboxService } from '@app/notifications/outbox/outbox.service';
import type { NewNotification } from '@app/notifications/outbox/outbox.service';
import {
  OUTBOX_DUE_TOPIC,
  OUTBOX_WAKE_ROWS,
  OutboxWake,
} from '@app/notifications/outbox/outbox-wake';
import { loadConfig } from '@app/platform/config/app-config';
import { LiveEvents } from '@app/platform/live-events/live-events';
import { createCrowdContest } from '../support/announcement-factory';
import { openDatabase } from '../support/database';
import { signIn } from '../support/entry-factory';
import { PROFILES, testEnvironment } from '../support/environment';
import { RunningPortal, RunningProcess, spawnApp, startPortal, waitFor } from '../support/portal';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';

/** A poll no test outlives: a mail that arrives was sent because its commit woke the relay. */
const NEVER_MS = '3600000';
const PARTICIPANTS = OUTBOX_WAKE_ROWS + 5;
/** The awards contest under the crowd has seven teams of its own. */
const MAILS = PARTICIPANTS + 7;

/**
 * A commit that writes many mails at once (an announcement) has them sent at once, by the
 * worker's relay in production and by the portal's dispatcher when embedded, not at the
 * next poll; small commits, a rolled-back transaction and a savepoint do not wake anyone.
 */
describe.each(PROFILES)('the outbox wake-up (%s profile)', (profile) => {
  describe('through the real server', () => {
    let portal: RunningPortal;
    let worker: RunningProcess | undefined;
    let sink: SmtpSink;
    let db: DataSource;

    beforeAll(async () => {
      sink = await startSmtpSink();
      const env = await testEnvironment(profile, { SMTP_URL: sink.url, OUTBOX_POLL_MS: NEVER_MS });
      portal = await startPortal(env);
      db = await openDatabase(env);
      if (profile === 'production') {
        const started = spawnApp('worker', env);
        worker = started;
        // Started means following the wake-up and past the relay's first pass.
        await waitFor(
          async () => readFileSync(started.logFile, 'utf8').includes('Worker started'),
          'the worker',
        );
      }
    });

    afterAll(async () => {
      await worker?.stop();
      await db?.destroy();
      await portal?.stop();
      await sink?.close();
    });

    it('sends an announcement at once although the outbox poll is an hour away', async () => {
      const crowd = await createCrowdContest(db, PARTICIPANTS);
      const organizer = await signIn(portal.url, db, { role: Role.organizer });
      const before = sink.messages.length;
      const announced = await request(portal.url)
        .post(`/api/v1/contests/${crowd.contest.id}/announce`)
        .set(organizer.auth)
        .expect(201);
      expect(announced.body).toMatchObject({ mails: MAILS });
      await waitFor(
        async () => sink.messages.length - before >= MAILS,
        'the announcement mails, woken by the commit',
      );
      const to = new Set(sink.messages.slice(before).flatMap((m) => m.to));
      for (const email of crowd.expected.keys()) expect(to.has(email)).toBe(true);
    });
  });

  describe('the rule, on a real database', () => {
    let db: DataSource;
    let events: LiveEvents;
    const woken: unknown[] = [];
    const outbox = new OutboxService();
    let serial = 0;
    const mails = (count: number): NewNotification[] =>
      Array.from({ length: count }, () => {
        const n = ++serial;
        return {
          dedupeKey: `wake-test:${profile}:${n}:${Date.now()}`,
          recipientEmail: `wake-${n}@example.vn`,
          template: 'verify-email',
          locale: 'vi',
          data: { fullName: 'Lan', link: 'http://portal.test/verify?token=t' },
        };
      });

    beforeAll(async () => {
      const env = await testEnvironment(profile);
      db = await openDatabase(env);
      await db.runMigrations({ transaction: 'each' });
      events = new LiveEvents(loadConfig(env));
      new OutboxWake(db, events);
      events.subscribe(OUTBOX_DUE_TOPIC, (payload) => woken.push(payload));
    });
    afterAll(async () => {
      await events?.onApplicationShutdown();
      await db?.destroy();
    });
    beforeEach(() => {
      woken.length = 0;
    });

    it('wakes after the commit of OUTBOX_WAKE_ROWS rows, counted across calls, and not before', async () => {
      await db.transaction((m) => outbox.enqueueMany(m, mails(OUTBOX_WAKE_ROWS - 1)));
      expect(woken).toEqual([]);
      await db.transaction(async (m) => {
        await outbox.enqueueMany(m, mails(OUTBOX_WAKE_ROWS - 5));
        await outbox.enqueueMany(m, mails(5));
        // Inside the transaction the relay could not see the rows yet.
        expect(woken).toEqual([]);
      });
      expect(woken).toEqual([{ rows: OUTBOX_WAKE_ROWS }]);
    });

    it('forgets the rows of a rolled-back transaction', async () => {
      await expect(
        db.transaction(async (m) => {
          await outbox.enqueueMany(m, mails(OUTBOX_WAKE_ROWS + 5));
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      // SQLite's driver reuses one query runner: the next small commit must not inherit them.
      await db.transaction((m) => outbox.enqueueMany(m, mails(1)));
      expect(woken).toEqual([]);
    });

    it('wakes once, at the outer commit, for rows written under a savepoint', async () => {
      await db.transaction(async (m) => {
        await m.transaction((inner) => outbox.enqueueMany(inner, mails(OUTBOX_WAKE_ROWS)));
        expect(woken).toEqual([]);
        await outbox.enqueueMany(m, mails(2));
      });
      expect(woken).toEqual([{ rows: OUTBOX_WAKE_ROWS + 2 }]);
    });
  });
});
