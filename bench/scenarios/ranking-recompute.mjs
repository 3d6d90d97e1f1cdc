// Scenario 5, ranking recomputation: a fully scored round of 5,000 entries in 5
// categories, 100 judges, 3 reviews each (15,000 submitted scores), recomputed with every
// method. The platform side is the worker's own job (`ranking.recompute` on the ranking
// queue: read the scores, compute, store), timed by BullMQ from the job's start to its end;
// the bare side (bench/bare/ranking.mjs, its own process) reads the same rows with mysql2,
// computes the same standings and stores them. Each method is also timed alone, the
// platform's function (bundled from libs/judging) against the bare one, on the same rows.
// Both sides must give every entry the same score and ranks under every method.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { Job, Queue, QueueEvents } from 'bullmq';
import { METHODS, methods as bareMethods, rank, readRound, totalsOf } from '../bare/ranking.mjs';
import { bundle } from '../lib/bundle.mjs';
import { progress, summarise } from '../lib/drive.mjs';
import { insertRows, seedUsersWithSessions, sqlIn } from '../lib/seed.mjs';
import { peakSampler } from '../lib/stack.mjs';

export const name = 'ranking-recompute';
// The worker logs each recomputation with its read, compute and store times (one line a
// job): bench/results/logs/worker-*.log says where a run's time went.
export const extraEnv = { LOG_LEVEL: 'info' };

const JUDGES = 100;
const REVIEWS = 3;
const CATEGORIES = 5;
const CRITERIA = [
  { key: 'doi-moi', labelVi: 'Tính đổi mới', labelEn: 'Innovation', weight: 1, maxScore: 40 },
  { key: 'kha-thi', labelVi: 'Tính khả thi', labelEn: 'Feasibility', weight: 1, maxScore: 30 },
  { key: 'doi-ngu', labelVi: 'Đội ngũ', labelEn: 'Team', weight: 1, maxScore: 30 },
];

/** Deterministic pseudo-random numbers (mulberry32), so every run ranks the same round. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function seedRound(db, env, size) {
  const next = random(2026);
  const contestId = randomUUID();
  const roundId = randomUUID();
  const prefix = `RR${randomUUID().slice(0, 6)}`.toUpperCase();
  const categories = Array.from({ length: CATEGORIES }, (_, i) => ({
    id: randomUUID(),
    key: `bang-${i}`,
  }));
  await db.query(
    `INSERT INTO contests (id, slug, codePrefix, nameVi, nameEn, kind, descriptionVi, descriptionEn, status, submissionDeadline, fields)
     VALUES (?, ?, ?, 'Xếp hạng', 'Ranking', 'startup_competition', '-', '-', 'judging', ?, '[]');
     INSERT INTO contest_rounds (id, contestId, position, nameVi, nameEn, judgingOpensAt, judgingClosesAt, criteria, advancementRule, version)
     VALUES (?, ?, 1, 'Vòng sơ khảo', 'Screening round', ?, ?, ?, ?, 1);`,
    [
      ...[contestId, prefix.toLowerCase(), prefix, sqlIn(-48)],
      ...[roundId, contestId, sqlIn(-24), sqlIn(24), JSON.stringify(CRITERIA)],
      JSON.stringify({ topNPerCategory: 100, minTotal: 50 }),
    ],
  );
  await insertRows(
    db,
    'contest_categories',
    ['id', 'contestId', 'key', 'nameVi', 'nameEn', 'position'],
    categories.map((c, i) => [c.id, contestId, c.key, `Bảng ${i}`, `Track ${i}`, i]),
  );
  const judges = await seedUsersWithSessions(db, env, {
    count: JUDGES,
    role: 'judge',
    prefix: `${prefix.toLowerCase()}-judge-`,
  });
  const [owner] = await seedUsersWithSessions(db, env, {
    count: 1,
    role: 'applicant',
    prefix: `${prefix.toLowerCase()}-owner-`,
  });
  const severity = judges.map(() => (next() - 0.5) * 20);
  const entries = [];
  const scores = [];
  for (let e = 0; e < size; e++) {
    const entry = { id: randomUUID(), code: `${prefix}-${String(e).padStart(5, '0')}` };
    entry.categoryId = categories[e % CATEGORIES].id;
    entries.push(entry);
    const quality = 0.3 + next() * 0.6;
    // Consecutive judges per entry: every judge gets the same number of reviews.
    for (let k = 0; k < REVIEWS; k++) {
      const judge = (e * REVIEWS + k) % JUDGES;
      const values = {};
      for (const c of CRITERIA) {
        const share = quality + severity[judge] / 100 + (next() - 0.5) * 0.2;
        values[c.key] = Math.max(0, Math.min(c.maxScore, Math.round(share * c.maxScore)));
      }
      scores.push([randomUUID(), randomUUID(), roundId, entry.id, judges[judge].id]);
      scores.at(-1).push(JSON.stringify(values), 'submitted', sqlIn(-1), 2);
    }
  }
  await insertRows(
    db,
    'entries',
    ['id', 'contestId', 'categoryId', 'ownerId', 'code', 'status', 'applicantType', 'title'],
    entries.map((e) => [
      e.id,
      contestId,
      e.categoryId,
      owner.id,
      e.code,
      'eligible',
      'team',
      e.code,
    ]),
  );
  await insertRows(
    db,
    'round_entries',
    ['id', 'roundId', 'entryId'],
    entries.map((e) => [randomUUID(), roundId, e.id]),
  );
  await insertRows(
    db,
    'scores',
    [
      'id',
      'assignmentId',
      'roundId',
      'entryId',
      'judgeUserId',
      'values',
      'status',
      'submittedAt',
      'version',
    ],
    scores,
  );
  return roundId;
}

const timed = (times) =>
  summarise([
    {
      results: times.map((ms) => ({ status: 200, ms })),
      seconds: times.reduce((s, ms) => s + ms, 0) / 1000,
    },
  ]);

/** The worker's recomputation job, `runs` times one after another; its own start-to-end time. */
async function platformRuns(stack, roundId, runs) {
  const connection = { host: '127.0.0.1', port: 6379 };
  const queue = new Queue('ranking', { connection, prefix: stack.database });
  const events = new QueueEvents('ranking', { connection, prefix: stack.database });
  await events.waitUntilReady();
  const times = [];
  try {
    for (let run = 0; run < runs; run++) {
      const job = await queue.add('ranking.recompute', { roundId }, { jobId: `bench-${run}` });
      await job.waitUntilFinished(events, 300_000);
      const done = await Job.fromId(queue, job.id);
      times.push(done.finishedOn - done.processedOn);
    }
  } finally {
    await events.close();
    await queue.close();
  }
  return times;
}

async function bareRuns(stack, roundId, runs) {
  const { stdout } = await promisify(execFile)(process.execPath, ['bench/bare/ranking.mjs'], {
    env: {
      PATH: process.env.PATH,
      BARE_DATABASE_URL: stack.env.DATABASE_URL.replace(/^mariadb:/, 'mysql:'),
      ROUND_ID: roundId,
      RUNS: String(runs),
    },
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(stdout);
}

/** Each method alone on the same totals: the platform's function, then the bare one. */
async function methodRows(stack, roundId, runs) {
  const { platform: p } = await bundle({ platform: 'bench/lib/ranking-methods.ts' });
  const { criteria, entries, rows } = await readRound(stack.db, roundId);
  const totals = p.reviewTotals({ criteria, entries, reviews: rows });
  const bareTotals = totalsOf(criteria, rows);
  const result = [];
  for (const method of METHODS) {
    const mine = [];
    const theirs = [];
    for (let run = 0; run < runs + 1; run++) {
      let started = performance.now();
      p.standingsOf(method, entries, totals);
      if (run > 0) mine.push(performance.now() - started);
      started = performance.now();
      rank(entries, bareMethods[method](rows, bareTotals));
      if (run > 0) theirs.push(performance.now() - started);
    }
    result.push({ method, platform: timed(mine), bare: timed(theirs) });
  }
  return result;
}

/** Every entry has the same score, category rank and overall rank under every method. */
function compare(stored, bare) {
  let differences = 0;
  for (const entry of stored.entries)
    for (const method of METHODS) {
      const mine = entry.methods[method];
      const theirs = bare[entry.entryId]?.[method];
      if (
        !theirs ||
        mine.score !== theirs.score ||
        mine.rank !== theirs.rank ||
        mine.overallRank !== theirs.overall
      )
        differences++;
    }
  return { entries: stored.entries.length, differences };
}

export async function run({ stack, quick, log }) {
  const size = quick ? 200 : 5000;
  const runs = quick ? 2 : 11;
  log(`seeding a round of ${size} entries, ${JUDGES} judges, ${size * REVIEWS} submitted scores`);
  const roundId = await seedRound(stack.db, stack.env, size);
  progress(`${name}: warm-up (one recomputation each side)`);
  await platformRuns(stack, roundId, 1);
  await bareRuns(stack, roundId, 1);
  const sampler = peakSampler(stack.pids);
  progress(`${name}: ${runs} recomputations, platform (worker job)`);
  const platform = await platformRuns(stack, roundId, runs);
  const peakRss = sampler.take();
  progress(`${name}: ${runs} recomputations, bare`);
  const bare = await bareRuns(stack, roundId, runs);
  const scores = `${size * REVIEWS} scores`;
  const rows = [
    {
      scenario: name,
      case: `all methods, read + compute + store, ${scores}`,
      unit: 'recomputes/s',
      platform: timed(platform),
      bare: timed(bare.times),
      peakRss,
    },
  ];
  progress(`${name}: each method alone, platform and bare`);
  for (const m of await methodRows(stack, roundId, quick ? 2 : 21))
    rows.push({
      scenario: name,
      case: `${m.method} alone (scores + ranks), ${scores}`,
      unit: 'runs/s',
      platform: m.platform,
      bare: m.bare,
      peakRss: { portal: '-', worker: '-' },
    });
  const [[latest]] = await stack.db.query(
    'SELECT content, scoreCount FROM ranking_results WHERE roundId = ? ORDER BY computedAt DESC LIMIT 1',
    [roundId],
  );
  const content = typeof latest.content === 'string' ? JSON.parse(latest.content) : latest.content;
  const checks = { scoreCount: latest.scoreCount, expected: size * REVIEWS };
  Object.assign(checks, compare(content, bare.standings));
  const ok =
    checks.scoreCount === checks.expected && checks.entries === size && checks.differences === 0;
  return { rows, checks, ok };
}
