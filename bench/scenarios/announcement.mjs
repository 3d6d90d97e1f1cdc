// Scenario 3, announcement: the organizer announces the results of a contest with 5,000
// participants (POST /announce writes every mail's outbox row in one transaction), and the
// time runs from the click to the last mail accepted by the local SMTP sink, through the
// outbox relay, BullMQ and one worker. The bare baseline, in the same run, is a pooled
// nodemailer transport (as many connections as the worker's transport) sending the same
// mails, rendered beforehand, to the same sink. Every participant must get exactly one mail
// and every outbox row must end `sent`.
import nodemailer from 'nodemailer';
import { bundle } from '../lib/bundle.mjs';
import { progress, request } from '../lib/drive.mjs';
import { cpuMs, peakSampler, waitFor } from '../lib/stack.mjs';

export const name = 'announcement';

/** The worker's SMTP pool: one connection per mail in flight, MAIL_CONCURRENCY (default 10). */
const CONNECTIONS = 10;
const MAIL_FROM = 'Cuộc thi <no-reply@mail.test>';

export const extraEnv = { MAIL_FROM };

export const figures = (mails, ms) => ({
  requests: mails,
  perSecond: mails / (ms / 1000),
  p50: ms,
  p99: ms,
  errors: 0,
});

/**
 * Seeds a contest of `participants`, announces it through `stack.url` and waits until the
 * sink has every mail and the outbox no open row. Returns the figures and the checks.
 */
export async function announceAndDeliver(stack, participants, log, label = name) {
  log(`seeding a contest of ${participants} participants with the test factories`);
  const { seed } = await bundle({ seed: 'bench/lib/announcement-seed.ts' });
  const fixture = await seed.seed(stack.env, participants);
  const login = await request(stack.url, 'POST', '/api/v1/auth/login', {
    body: { email: fixture.email, password: fixture.password },
  });
  const { accessToken } = JSON.parse(login.body);
  await stack.workerStarted();

  const sampler = peakSampler(stack.pids);
  const before = await stack.smtp.counts();
  progress(`${label}: ${participants} participants, platform (outbox, BullMQ, worker)`);
  // CPU time is charged to each process whatever else the machine runs: the portal's for
  // the answer, the worker's (or both workers') from the click to the last mail.
  const workerCpu = () => stack.pids.workers().reduce((sum, pid) => sum + cpuMs(pid), 0);
  const cpuBefore = { portal: cpuMs(stack.pids.portal()), worker: workerCpu() };
  const clicked = Date.now();
  const answer = await request(
    stack.url,
    'POST',
    `/api/v1/contests/${fixture.contestId}/announce`,
    { token: accessToken, body: {} },
  );
  if (answer.status !== 201) throw new Error(`announce answered ${answer.status}: ${answer.body}`);
  const answeredMs = Date.now() - clicked;
  const answerCpuMs = cpuMs(stack.pids.portal()) - cpuBefore.portal;
  const { mails } = JSON.parse(answer.body);
  const delivered = await waitFor(
    async () => {
      const counts = await stack.smtp.counts();
      return counts.total - before.total >= mails && counts;
    },
    'the announcement mails',
    600_000,
    20,
  );
  const platformMs = delivered.lastAt - clicked;
  const workerCpuMs = workerCpu() - cpuBefore.worker;
  // Where the time went: the organizer's answer (results, outcomes and outbox rows in one
  // transaction), the wait for the relay's poll, then the sending itself.
  const { nthAt: firstAt } = await stack.smtp.counts(before.total + 1);
  const timeline = {
    answeredMs,
    firstMailMs: firstAt - clicked,
    sendingMs: delivered.lastAt - firstAt,
    answerPortalCpuMs: answerCpuMs,
    workerCpuMsPerMail: Number((workerCpuMs / mails).toFixed(3)),
  };
  log(
    `${label}: answered after ${timeline.answeredMs} ms (portal CPU ${answerCpuMs} ms), first mail after ${timeline.firstMailMs} ms, ${mails} sent in ${timeline.sendingMs} ms (worker CPU ${timeline.workerCpuMsPerMail} ms a mail)`,
  );
  // The outbox agrees with the sink: every row sent, none left to send again.
  await waitFor(async () => {
    const [[open]] = await stack.db.query(
      "SELECT COUNT(*) AS n FROM notifications WHERE status IN ('pending', 'queued')",
    );
    return Number(open.n) === 0;
  }, 'the outbox rows to be marked sent');
  const [[outbox]] = await stack.db.query(
    "SELECT SUM(status = 'sent') AS sent, COUNT(*) AS total FROM notifications WHERE dedupeKey LIKE ?",
    [`results:${fixture.contestId}:%`],
  );
  const checks = {
    mails,
    received: delivered.total - before.total,
    addressesWithResends: delivered.duplicates - before.duplicates,
    outboxSent: Number(outbox.sent),
    outboxRows: Number(outbox.total),
  };
  const ok =
    checks.received === mails &&
    checks.addressesWithResends === 0 &&
    checks.outboxSent === mails &&
    checks.outboxRows === mails;
  return { mails, platformMs, timeline, peakRss: sampler.take(), seed, fixture, checks, ok };
}

/** The baseline: the same mails, rendered beforehand, through one pooled nodemailer. */
export async function sendBare(stack, seed, contestId, label = name) {
  const prepared = await seed.renderedMails(stack.env, contestId);
  const transport = nodemailer.createTransport({
    url: stack.smtp.url,
    pool: true,
    maxConnections: CONNECTIONS,
    maxMessages: 500,
    ignoreTLS: true,
  });
  const before = await stack.smtp.counts();
  progress(`${label}: ${prepared.length} mails, bare (pooled nodemailer)`);
  const started = Date.now();
  await Promise.all(
    prepared.map((mail) =>
      transport.sendMail({
        from: MAIL_FROM,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
      }),
    ),
  );
  const after = await stack.smtp.counts();
  transport.close();
  return {
    mails: prepared.length,
    ms: after.lastAt - started,
    received: after.total - before.total,
  };
}

export async function run({ stack, quick, log }) {
  const participants = quick ? 50 : 5000;
  const platform = await announceAndDeliver(stack, participants, log);
  const bare = await sendBare(stack, platform.seed, platform.fixture.contestId);
  const checks = { ...platform.checks, bareReceived: bare.received, timeline: platform.timeline };
  return {
    rows: [
      {
        scenario: name,
        case: `${platform.mails} mails, click to last mail accepted`,
        unit: 'mails/s',
        platform: figures(platform.mails, platform.platformMs),
        bare: figures(bare.mails, bare.ms),
        peakRss: platform.peakRss,
      },
    ],
    checks,
    ok: platform.ok && bare.received === platform.mails,
  };
}
