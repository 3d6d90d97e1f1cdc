import { type ConnectionOptions, Queue } from 'bullmq';
import { simpleParser } from 'mailparser';
import type { DataSource } from 'typeorm';
import { EntryStatus } from '@app/entries/entries/entry.entity';
import { Notification } from '@app/notifications/outbox/notification.entity';
import { redisOptions } from '@app/platform/redis/redis-connection';
import { formatMoment } from '@app/platform/text/display-formats';
import { openDatabase } from '../support/database';
import { PROFILES, Profile, testEnvironment } from '../support/environment';
import { RunningProcess, spawnApp, startPortal, waitFor } from '../support/portal';
import { ContestStatus } from '@app/contests/contests/contest.entity';
import { createContest } from '../support/contest-factory';
import { applicant, contestClosingIn, createEntryOf, HOUR_MS } from '../support/reminder-factory';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';

const SCAN_MS = 200;

/**
 * Deadline reminders 48 h and 6 h before a contest's deadline, to owners of drafts only,
 * once per entry and kind: in the embedded profile from the portal's own scheduler, in
 * production from a repeatable job that two portals and two workers share.
 */
describe.each(PROFILES)('deadline reminders (%s)', (profile: Profile) => {
  const processes: RunningProcess[] = [];
  let sink: SmtpSink;
  let db: DataSource;
  let env: Record<string, string>;

  beforeAll(async () => {
    sink = await startSmtpSink();
    env = await testEnvironment(profile, {
      SMTP_URL: sink.url,
      REMINDER_SCAN_MS: String(SCAN_MS),
    });
    // The first portal creates (embedded) or migrates (production) the schema.
    processes.push(await startPortal(env));
    db = await openDatabase(env);
  });

  afterAll(async () => {
    await Promise.all(processes.map((proc) => proc.stop()));
    if (profile === 'production') {
      const queue = new Queue('schedules', {
        connection: redisOptions(env.REDIS_URL, 'producer') as ConnectionOptions,
        prefix: env.QUEUE_PREFIX,
      });
      await queue.obliterate({ force: true });
      await queue.close();
    }
    await db?.destroy();
    await sink?.close();
  });

  it('reminds each draft once per kind and leaves submitted entries alone', async () => {
    const fixtures = await buildScenario(db);
    if (profile === 'production') {
      // The second portal starts alongside the workers: portals must not scan on their own.
      processes.push(spawnApp('worker', env), spawnApp('worker', env));
      processes.push(await startPortal(env));
    }

    const expected = fixtures.expectedKeys;
    await waitFor(async () => sink.messages.length >= expected.length, 'the reminders', 15000);
    // Several more scans (of every instance) must add nothing. A draft added now is
    // reminded only by a scan that starts later, and every scan reads every draft: once
    // two such probes have their reminders, at least two later scans have passed.
    const probes = [await scanAfterNow(db), await scanAfterNow(db)];

    const rows = await db.getRepository(Notification).findBy({ template: 'deadline-reminder' });
    expect(rows.map((row) => row.dedupeKey).sort()).toEqual([...expected, ...probes].sort());
    await waitFor(
      async () => sink.messages.length >= expected.length + probes.length,
      'the probes’ reminders',
    );
    expect(sink.messages).toHaveLength(expected.length + probes.length);
    const recipients = sink.messages
      .slice(0, expected.length)
      .flatMap((message) => message.to)
      .sort();
    expect(recipients).toEqual(fixtures.expectedRecipients.sort());
    await waitFor(
      async () =>
        (await db.getRepository(Notification).findBy({ template: 'deadline-reminder' })).every(
          (row) => row.status === 'sent',
        ),
      'the rows to be marked sent',
    );

    if (profile === 'production') {
      const queue = new Queue('schedules', {
        connection: redisOptions(env.REDIS_URL, 'producer') as ConnectionOptions,
        prefix: env.QUEUE_PREFIX,
      });
      try {
        // One schedule per scan (deadline and judging reminders), however many workers registered them.
        expect(await queue.getJobSchedulersCount()).toBe(2);
      } finally {
        await queue.close();
      }
    }
  });

  it('says which entry, which contest and when, in the reader’s language and Vietnam time', async () => {
    const contest = await contestClosingIn(db, 30 * HOUR_MS);
    const owner = await applicant(db, 'en');
    const draft = await createEntryOf(db, contest, owner, { title: '<b>Rice</b> drones' });

    const message = await waitFor(
      async () => sink.messages.find((m) => m.to.includes(owner.email)),
      'the English reminder',
    );
    const mail = await simpleParser(message.raw);
    const deadline = formatMoment(contest.submissionDeadline!, 'en');
    expect(mail.subject).toBe(`Submission deadline reminder: ${contest.nameEn}`);
    expect(mail.text).toContain(`"<b>Rice</b> drones" (code ${draft.code})`);
    expect(deadline).toMatch(/^\d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}$/);
    expect(mail.text).toContain(`The submission deadline is ${deadline} (GMT+7).`);
    expect(mail.text).toContain(`http://portal.test/entries/${draft.id}`);
    expect(mail.html).toContain('&lt;b&gt;Rice&lt;/b&gt; drones');
    expect(mail.html).not.toContain('<b>Rice</b>');
  });
});

/** Adds a draft due a 48 h reminder and waits for its row: proof that a whole scan ran since. */
async function scanAfterNow(db: DataSource): Promise<string> {
  const draft = await createEntryOf(
    db,
    await contestClosingIn(db, 47 * HOUR_MS),
    await applicant(db),
  );
  const key = `deadline-reminder:48h:${draft.id}`;
  await waitFor(
    async () => (await db.getRepository(Notification).countBy({ dedupeKey: key })) === 1,
    'a scan after the probe',
    15000,
  );
  return key;
}

/**
 * Drafts that must be reminded (47 h left: 48 h reminder; 5 h left: the 6 h one only) and
 * entries that must not: submitted, submitted then edited, withdrawn, a contest closing in
 * 49 h, one already closed by its deadline, one closed by the organizers.
 */
async function buildScenario(db: DataSource) {
  const [closesIn47h, closesIn5h] = [
    await contestClosingIn(db, 47 * HOUR_MS),
    await contestClosingIn(db, 5 * HOUR_MS),
  ];
  const [first, second, late, nobody] = [
    await applicant(db),
    await applicant(db),
    await applicant(db),
    await applicant(db),
  ];
  const draft1 = await createEntryOf(db, closesIn47h, first);
  const draft2 = await createEntryOf(db, closesIn47h, second);
  const lateDraft = await createEntryOf(db, closesIn5h, late);

  await createEntryOf(db, closesIn47h, nobody, { status: EntryStatus.submitted });
  await createEntryOf(db, closesIn47h, nobody, {
    status: EntryStatus.submitted,
    revision: 3,
    submittedRevision: 2,
  });
  await createEntryOf(db, closesIn47h, nobody, {
    status: EntryStatus.withdrawn,
    withdrawnAt: new Date(),
  });
  await createEntryOf(db, await contestClosingIn(db, 49 * HOUR_MS), nobody);
  await createEntryOf(db, await contestClosingIn(db, -HOUR_MS), nobody);
  await createEntryOf(
    db,
    await createContest(db, {
      status: ContestStatus.closed,
      submissionDeadline: new Date(Date.now() + 47 * HOUR_MS),
    }),
    nobody,
  );

  return {
    expectedKeys: [
      `deadline-reminder:48h:${draft1.id}`,
      `deadline-reminder:48h:${draft2.id}`,
      `deadline-reminder:6h:${lateDraft.id}`,
    ],
    expectedRecipients: [first.email, second.email, late.email],
  };
}
