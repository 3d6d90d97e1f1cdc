// Load scenario: 50 judges saving scores at the same time, on the production profile
// (MariaDB + Redis, with a worker consuming the coalesced ranking recomputations). Each
// judge works through their assignments: a draft, then the submission, of each one, every
// save carrying the version the previous one returned. The baseline, measured in the same
// run with the same concurrency and the same number of requests, is GET /api/v1/judging/queue.
//   npm run build && node test/load/score-50-judges.mjs [judges] [entriesPerJudge]
// Prints p50/p99 latency, throughput and errors (which must be 0), and checks the stored
// scores and the assignments' statuses.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { loadEnvironment, percentile, peakWhile, startPortal } from './harness.mjs';

const judges = Number(process.argv[2] ?? 50);
const perJudge = Number(process.argv[3] ?? 6);
const REVIEWS = 3;
const entries = Math.ceil((judges * perJudge) / REVIEWS);
const scratch = loadEnvironment('production');
const { url } = scratch;
const mysql = scratch.sql;
const q = (v) => (v === null ? 'NULL' : `'${String(v).replace(/'/g, "''")}'`);
const insert = (table, columns, rows) => {
  for (let start = 0; start < rows.length; start += 500)
    mysql(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ` +
        rows
          .slice(start, start + 500)
          .map((row) => `(${row.map(q).join(', ')})`)
          .join(','),
    );
};

// Setup straight into the database: one contest in judging, one round open for two more days.
const password = 'cham-diem-dong-loat-2026';
const passwordHash = await hash(password, {
  algorithm: 2,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
});
const criteria = [
  { key: 'doi-moi', labelVi: 'Tính đổi mới', labelEn: 'Innovation', weight: 1, maxScore: 40 },
  { key: 'kha-thi', labelVi: 'Tính khả thi', labelEn: 'Feasibility', weight: 1, maxScore: 30 },
  { key: 'doi-ngu', labelVi: 'Đội ngũ', labelEn: 'Team', weight: 1, maxScore: 30 },
];
const now = new Date().toISOString().slice(0, 19).replace('T', ' ');
const contestId = randomUUID();
const categoryId = randomUUID();
const roundId = randomUUID();
const ownerId = randomUUID();
const judgeUsers = Array.from({ length: judges }, (_, i) => ({
  id: randomUUID(),
  email: `judge${i}@load.example.vn`,
}));
insert(
  'users',
  [
    'id',
    'email',
    'passwordHash',
    'fullName',
    'locale',
    'role',
    'emailVerifiedAt',
    'consentVersion',
    'consentAt',
  ],
  [
    [
      ownerId,
      'owner@load.example.org',
      passwordHash,
      'Chủ hồ sơ',
      'vi',
      'applicant',
      now,
      '2025-1',
      now,
    ],
    ...judgeUsers.map((u, i) => [
      u.id,
      u.email,
      passwordHash,
      `Giám khảo ${i}`,
      'vi',
      'judge',
      now,
      '2025-1',
      now,
    ]),
  ],
);
mysql(
  `INSERT INTO contests (id, slug, codePrefix, nameVi, nameEn, kind, descriptionVi, descriptionEn, status, submissionDeadline, blindJudging, fields)
   VALUES (${q(contestId)}, ${q(`cham-${contestId.slice(0, 8)}`)}, 'SCORE', 'Chấm đồng loạt', 'Scoring load', 'startup_competition', '-', '-', 'judging', NOW() - INTERVAL 1 DAY, 1, '[]');
   INSERT INTO contest_categories (id, contestId, \`key\`, nameVi, nameEn, position) VALUES (${q(categoryId)}, ${q(contestId)}, 'y-tuong', 'Ý tưởng', 'Idea', 0);
   INSERT INTO contest_rounds (id, contestId, position, nameVi, nameEn, judgingOpensAt, judgingClosesAt, criteria, version)
   VALUES (${q(roundId)}, ${q(contestId)}, 1, 'Vòng sơ khảo', 'Screening round', NOW() - INTERVAL 1 HOUR, NOW() + INTERVAL 2 DAY, ${q(JSON.stringify(criteria))}, 1);`,
);
insert(
  'contest_judges',
  ['id', 'contestId', 'userId', 'status'],
  judgeUsers.map((u) => [randomUUID(), contestId, u.id, 'accepted']),
);
const entryRows = Array.from({ length: entries }, (_, i) => ({
  id: randomUUID(),
  code: `SCORE-${String(i + 1).padStart(4, '0')}`,
  title: `Ý tưởng số ${i + 1}`,
}));
insert(
  'entries',
  [
    'id',
    'contestId',
    'categoryId',
    'ownerId',
    'code',
    'status',
    'applicantType',
    'title',
    'summary',
    'revision',
    'submittedRevision',
  ],
  entryRows.map((e) => [
    e.id,
    contestId,
    categoryId,
    ownerId,
    e.code,
    'eligible',
    'team',
    e.title,
    'Tóm tắt ý tưởng',
    1,
    1,
  ]),
);
insert(
  'entry_snapshots',
  ['id', 'entryId', 'revision', 'content'],
  entryRows.map((e) => [
    randomUUID(),
    e.id,
    1,
    JSON.stringify({
      id: e.id,
      code: e.code,
      title: e.title,
      summary: 'Tóm tắt ý tưởng',
      categoryKey: 'y-tuong',
      members: [],
      attachments: [],
    }),
  ]),
);
// Round-robin: entry e goes to judges e, e+1, e+2 (mod judges): every judge gets perJudge.
const assignments = [];
entryRows.forEach((entry, e) => {
  for (let r = 0; r < REVIEWS; r++) {
    const judge = judgeUsers[(e * REVIEWS + r) % judges];
    assignments.push({ id: randomUUID(), entryId: entry.id, judgeUserId: judge.id });
  }
});
insert(
  'assignments',
  ['id', 'roundId', 'entryId', 'judgeUserId', 'status', 'source'],
  assignments.map((a) => [a.id, roundId, a.entryId, a.judgeUserId, 'assigned', 'auto']),
);

const portal = await startPortal(scratch);
const worker = spawn(process.execPath, ['dist/apps/worker/main.js'], {
  env: scratch.env,
  stdio: ['ignore', 'ignore', 'inherit'],
});

async function call(method, path, token, body) {
  const started = performance.now();
  try {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, body: text, ms: performance.now() - started };
  } catch (error) {
    return { status: 0, body: String(error), ms: performance.now() - started };
  }
}

/** Every judge runs `steps` one after another; all judges at once. */
async function burst(name, perJudgeSteps) {
  const started = performance.now();
  const { result, peak } = await peakWhile(portal.rssMiB, () =>
    Promise.all(
      perJudgeSteps.map(async (steps) => {
        const results = [];
        for (const step of steps) results.push(await step(results.at(-1)));
        return results;
      }),
    ),
  );
  const results = result.flat();
  const totalMs = performance.now() - started;
  const ms = results.map((r) => r.ms);
  const errors = results.filter((r) => r.status >= 400 || r.status === 0);
  console.log(
    `${name.padEnd(9)} n=${results.length}  p50 ${percentile(ms, 50).toFixed(0)} ms  p99 ${percentile(ms, 99).toFixed(0)} ms  ` +
      `throughput ${(results.length / (totalMs / 1000)).toFixed(0)} req/s  errors ${errors.length}  peak RSS ${peak} MiB`,
  );
  if (errors.length)
    console.log(`  first error: ${errors[0].status} ${errors[0].body.slice(0, 200)}`);
  return { results, totalMs, errors: errors.length };
}

let failed = false;
try {
  console.log(
    `profile: production; ${judges} judges x ${perJudge} entries; ${entries} entries, ${assignments.length} assignments`,
  );
  const tokens = [];
  for (let start = 0; start < judgeUsers.length; start += 10)
    tokens.push(
      ...(await Promise.all(
        judgeUsers.slice(start, start + 10).map(async (judge) => {
          const res = await fetch(`${url}/api/v1/auth/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email: judge.email, password }),
          });
          if (!res.ok) throw new Error(`login failed: ${res.status}`);
          return { judge, token: (await res.json()).accessToken };
        }),
      )),
    );
  const mine = (judge) => assignments.filter((a) => a.judgeUserId === judge.id);
  const savesPerJudge = perJudge * 2;

  const baseline = await burst(
    'baseline',
    tokens.map(({ token }) =>
      Array.from(
        { length: savesPerJudge },
        () => () => call('GET', '/api/v1/judging/queue', token),
      ),
    ),
  );
  const points = (n) => ({ 'doi-moi': 20 + (n % 20), 'kha-thi': 15.5, 'doi-ngu': 10 + (n % 10) });
  const saves = await burst(
    'save',
    tokens.map(({ judge, token }) =>
      mine(judge).flatMap((assignment, n) => [
        () =>
          call('PUT', `/api/v1/judging/assignments/${assignment.id}/score`, token, {
            scores: { 'doi-moi': 10 },
          }),
        (previous) =>
          call('PUT', `/api/v1/judging/assignments/${assignment.id}/score`, token, {
            scores: points(n),
            commentForTeam: 'Ý tưởng tốt, cần làm rõ thị trường.',
            version: JSON.parse(previous.body).version,
            submit: true,
          }),
      ]),
    ),
  );
  const p = (b, n) =>
    percentile(
      b.results.map((r) => r.ms),
      n,
    );
  console.log(
    `save/baseline: p50 ${(p(saves, 50) / p(baseline, 50)).toFixed(2)}x, p99 ${(p(saves, 99) / p(baseline, 99)).toFixed(2)}x, ` +
      `throughput ${(baseline.totalMs / saves.totalMs).toFixed(2)}x`,
  );
  const submitted = mysql(`SELECT COUNT(*) FROM scores WHERE status = 'submitted' AND version = 2`);
  const scored = mysql(`SELECT COUNT(*) FROM assignments WHERE status = 'scored'`);
  const locked = mysql(
    `SELECT rubricLockedAt IS NOT NULL FROM contest_rounds WHERE id = ${q(roundId)}`,
  );
  console.log(
    `submitted scores ${submitted}, scored assignments ${scored} (expected ${assignments.length} each), rubric locked ${locked === '1'}`,
  );
  failed =
    saves.errors > 0 ||
    Number(submitted) !== assignments.length ||
    Number(scored) !== assignments.length;
} finally {
  portal.stop();
  worker.kill('SIGTERM');
  scratch.drop();
}
if (failed) {
  console.log('FAILED: errors or missing scores');
  process.exitCode = 1;
}
