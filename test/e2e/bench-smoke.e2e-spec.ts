import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';

/**
 * `npm run bench` stays out of the test run (it takes minutes and measures the machine);
 * this runs six scenarios at their smallest sizes end to end, with their correctness
 * checks, so the harness cannot rot unnoticed. The bench is defined on the production
 * profile only (MariaDB, Redis, worker, SMTP), so this suite has no embedded twin.
 */
describe('npm run bench (smoke)', () => {
  const results = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
  afterAll(() => rmSync(results, { recursive: true, force: true }));

  it('runs the deadline night, announcement, ranking recomputation, assignment, scale-out and festival day at their smallest sizes against their baselines and writes the JSON', async () => {
    const child = spawn(
      process.execPath,
      [
        'bench/run.mjs',
        'deadline-night',
        'announcement',
        'ranking-recompute',
        'assignment',
        'scale-out',
        'festival',
        '--quick',
      ],
      { env: { ...process.env, BENCH_RESULTS_DIR: results }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect({ code, output }).toEqual({
      code: 0,
      output: expect.stringMatching(
        /\| deadline-night \|[\s\S]*\| announcement \|[\s\S]*\| ranking-recompute \|[\s\S]*\| assignment \|[\s\S]*\| scale-out \|[\s\S]*\| festival \|/,
      ),
    });

    const [file] = readdirSync(results).filter((name) => name.endsWith('.json'));
    const run = JSON.parse(readFileSync(join(results, file), 'utf8')) as {
      ok: boolean;
      rows: Array<{
        scenario: string;
        platform: { requests: number; errors: number; cpuPerRequest?: number };
        bare: { requests: number; errors: number; cpuPerRequest?: number };
      }>;
      checks: Record<string, Record<string, number>>;
    };
    expect(run.ok).toBe(true);
    const rowsOf = (scenario: string) => run.rows.filter((row) => row.scenario === scenario);
    const [submits] = rowsOf('deadline-night');
    expect(submits.platform).toMatchObject({ requests: 10, errors: 0 });
    expect(submits.bare).toMatchObject({ requests: 10, errors: 0 });
    // Each side's server CPU is read from /proc around its bursts (10 ms ticks: may be 0 here).
    for (const side of [submits.platform, submits.bare])
      expect(side.cpuPerRequest).toBeGreaterThanOrEqual(0);
    const night = run.checks['deadline-night'];
    expect(night.snapshots).toBe(night.expected);
    expect(night.receiptsSent).toBe(night.expected);

    // 50 participants plus the fixture's own: every one gets exactly one mail, every row sent.
    const mail = run.checks['announcement'];
    expect(mail.mails).toBeGreaterThanOrEqual(50);
    expect(mail).toMatchObject({
      received: mail.mails,
      addressesWithResends: 0,
      outboxSent: mail.mails,
      outboxRows: mail.mails,
      bareReceived: mail.mails,
    });
    // The timeline the README quotes: the answer, the first mail, the sending, and the
    // CPU the portal spent on the answer and the workers on each mail.
    const timeline = (mail as unknown as { timeline: Record<string, number> }).timeline;
    expect(Object.keys(timeline).sort()).toEqual([
      'answerPortalCpuMs',
      'answeredMs',
      'firstMailMs',
      'sendingMs',
      'workerCpuMsPerMail',
    ]);
    for (const ms of Object.values(timeline)) expect(ms).toBeGreaterThanOrEqual(0);
    expect(timeline.workerCpuMsPerMail).toBeGreaterThan(0);

    // The whole recomputation and each of the four methods alone; identical standings.
    expect(rowsOf('ranking-recompute')).toHaveLength(5);
    expect(run.checks['ranking-recompute']).toEqual({
      scoreCount: 600,
      expected: 600,
      entries: 200,
      differences: 0,
    });

    // The whole round through the API stored the in-process optimum, which costs no more
    // than the old batches (600 entries: a batch of 500 and one of 100).
    expect(rowsOf('assignment')).toHaveLength(2);
    const assignment = run.checks['assignment'];
    expect(assignment).toMatchObject({
      slots: 1800,
      stored: 1800,
      apiPreference: assignment.optimumPreference,
      optimumLoadUnits: assignment.batchedLoadUnits,
    });
    expect(assignment.optimumPreference).toBeLessThanOrEqual(assignment.batchedPreference);

    // Two portals and two workers behind a round-robin proxy: sessions valid on both, a
    // repeated submit answered from the first, nothing lost or doubled.
    const scaled = run.checks['scale-out'] as unknown as Record<string, unknown> & {
      announcement: Record<string, number>;
    };
    expect(scaled).toMatchObject({
      sessionReadsOk: scaled.sessionReads,
      portalsServing: 2,
      submitted: scaled.expectedSubmits,
      snapshots: scaled.expectedSubmits,
      receipts: scaled.expectedSubmits,
      receiptsSent: scaled.expectedSubmits,
      receiptMailsReceived: scaled.expectedSubmits,
      receiptAddressesWithResends: 0,
      repeatsReplayed: 10,
    });
    expect(scaled.announcement).toMatchObject({
      received: scaled.announcement.mails,
      addressesWithResends: 0,
      outboxSent: scaled.announcement.mails,
    });

    // The hall, the door and the vote (spread, then at once), each with its baseline: every
    // pass admitted once despite the re-scans, one vote and one cast per voter despite the
    // re-sent votes, on both sides.
    const festival = rowsOf('festival');
    expect(festival).toHaveLength(4);
    for (const row of festival) {
      expect(row.platform).toMatchObject({ errors: 0 });
      expect(row.bare).toMatchObject({ errors: 0 });
    }
    expect(festival[0].platform.requests).toBe(5);
    const door = { admitted: 80, checkIns: 80 };
    const ballot = { votes: 50, voters: 50, casts: 50 };
    expect(run.checks['festival']).toEqual({
      checkIn: { expected: 80, platform: door, bare: door },
      votesSpread: { expected: 50, platform: ballot, bare: ballot },
      votesAtOnce: { expected: 50, platform: ballot, bare: ballot },
    });
  }, 900_000);
});
