// Scenario 6, scale-out: two portals and two workers on the production profile behind a
// round-robin proxy (each request goes to the other portal than the one before), during a
// deadline-night burst and an announcement. What it proves is correctness across hosts:
// every session is valid on both portals, no submission, receipt or mail is lost or
// doubled (a submit sent again with its Idempotency-Key lands on the other portal and gets
// the first answer), and the two workers share the announcement without sending a mail
// twice. The throughput of both phases is printed beside the bare baselines of the same
// run (one bare server, one pooled nodemailer), as in scenarios 1 and 3.
import { randomUUID } from 'node:crypto';
import { burst, request, summarise } from '../lib/drive.mjs';
import { outboxDrained, peakSampler } from '../lib/stack.mjs';
import { announceAndDeliver, figures, sendBare } from './announcement.mjs';
import { seedDrafts, submitTask } from './deadline-night.mjs';

export const name = 'scale-out';
export const instances = 2;

const submitPath = (d) => `/api/v1/entries/${d.entryId}/submit`;

export async function run({ stack, bare, quick, log }) {
  const level = quick ? 10 : 200;
  const warmUp = quick ? 2 : 20;
  const participants = quick ? 50 : 2000;
  log(`seeding ${(level + warmUp) * 2} complete drafts`);
  const drafts = await seedDrafts(stack.db, stack.env, (level + warmUp) * 2);
  // Not measured: opens both portals' pools and warms their JIT, and the bare server's.
  await burst(`${name}: warm-up`, [
    ...drafts.splice(0, warmUp).map(submitTask(stack.url, submitPath)),
    ...drafts.splice(0, warmUp).map(submitTask(bare.url, (d) => `/entries/${d.entryId}/submit`)),
  ]);
  const mine = drafts.slice(0, level);
  const theirs = drafts.slice(level);

  // Sessions: each applicant's token, made by no portal in particular, read back twice in a
  // row through the proxy, so once by each portal.
  const servedBefore = stack.served.length;
  const sessionReads = await burst(
    `${name}: sessions on both portals`,
    mine.flatMap((d) => [0, 1].map(() => () => request(stack.url, 'GET', '/api/v1/me', d))),
  );
  const portalsServing = new Set(stack.served.slice(servedBefore)).size;

  // The burst through the proxy, then every submit sent again with the same key: the
  // repeat reaches the other portal and must replay the first answer, not submit twice.
  const keys = new Map(mine.map((d) => [d.entryId, randomUUID()]));
  const keyOf = (d) => keys.get(d.entryId);
  const sampler = peakSampler(stack.pids);
  const first = await burst(
    `${name}: ${level} at once through two portals`,
    mine.map(submitTask(stack.url, submitPath, keyOf)),
  );
  const again = await burst(
    `${name}: the same ${level} again, same keys`,
    mine.map(submitTask(stack.url, submitPath, keyOf)),
  );
  await outboxDrained(stack);
  const baseline = await burst(
    `${name}: ${level} at once, bare`,
    theirs.map(submitTask(bare.url, (d) => `/entries/${d.entryId}/submit`)),
  );
  await outboxDrained(stack);
  const submitRss = sampler.take();
  const replayed = first.results.filter(
    (answer, i) =>
      answer.status === again.results[i].status && answer.body === again.results[i].body,
  ).length;
  const [[entries]] = await stack.db.query(
    `SELECT (SELECT COUNT(*) FROM entries WHERE status = 'submitted') AS submitted,
            (SELECT COUNT(*) FROM entry_snapshots) AS snapshots,
            (SELECT COUNT(*) FROM notifications WHERE template = 'entry-receipt') AS receipts,
            (SELECT COUNT(*) FROM notifications WHERE template = 'entry-receipt' AND status = 'sent') AS receiptsSent`,
  );
  const receiptMails = await stack.smtp.counts();

  // The announcement with both workers taking chunks of it.
  const announced = await announceAndDeliver(stack, participants, log, name);
  const bareMails = await sendBare(stack, announced.seed, announced.fixture.contestId, name);

  const submits = (level + warmUp) * 2; // the platform's and the bare server's drafts
  const checks = {
    sessionReadsOk: sessionReads.results.filter((r) => r.status === 200).length,
    sessionReads: sessionReads.results.length,
    portalsServing,
    submitted: Number(entries.submitted),
    snapshots: Number(entries.snapshots),
    receipts: Number(entries.receipts),
    receiptsSent: Number(entries.receiptsSent),
    receiptMailsReceived: receiptMails.total,
    receiptAddressesWithResends: receiptMails.duplicates,
    repeatsReplayed: replayed,
    expectedSubmits: submits,
    announcement: announced.checks,
    bareMailsReceived: bareMails.received,
  };
  const ok =
    checks.sessionReadsOk === checks.sessionReads &&
    portalsServing === 2 &&
    [checks.submitted, checks.snapshots, checks.receipts, checks.receiptsSent].every(
      (n) => n === submits,
    ) &&
    checks.receiptMailsReceived === submits &&
    checks.receiptAddressesWithResends === 0 &&
    replayed === level &&
    announced.ok &&
    bareMails.received === announced.mails;
  return {
    rows: [
      {
        scenario: name,
        case: `${level} applicants submitting at once, two portals`,
        unit: 'submits/s',
        platform: summarise([first]),
        bare: summarise([baseline]),
        peakRss: submitRss,
      },
      {
        scenario: name,
        case: `${announced.mails} mails, two workers, click to last mail accepted`,
        unit: 'mails/s',
        platform: figures(announced.mails, announced.platformMs),
        bare: figures(bareMails.mails, bareMails.ms),
        peakRss: announced.peakRss,
      },
    ],
    checks,
    ok,
  };
}
