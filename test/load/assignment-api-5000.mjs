// Figure: automatic assignment of a round through the API on the production profile,
// database writes and digest mails included: 5,000 entries, 100 judges, 3 reviews each,
// 2 % of judge-entry pairs in recorded conflicts. The round is assigned within the request
// (ASSIGNMENT_JOB_THRESHOLD raised) so the time is the request's. Baseline in the same run:
// GET /api/v1/rounds/:id/entries (reading the 5,000 entries of the round).
//   npm run build && node test/load/assignment-api-5000.mjs [entries] [judges]
import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { loadEnvironment, startPortal } from './harness.mjs';

const [entryCount = 5000, judgeCount = 100] = process.argv.slice(2).map(Number);
const scratch = loadEnvironment('production', { ASSIGNMENT_JOB_THRESHOLD: '1000000' });
const q = (v) => (v === null ? 'NULL' : `'${String(v).replace(/'/g, "''")}'`);
const insert = (table, columns, rows) => {
  for (let i = 0; i < rows.length; i += 1000)
    scratch.sql(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${rows
        .slice(i, i + 1000)
        .map((r) => `(${r.map(q).join(', ')})`)
        .join(', ')}`,
    );
};

const password = 'phan-cong-tai-2026';
const passwordHash = await hash(password, {
  algorithm: 2,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
});
const organizer = { id: randomUUID(), email: 'organizer@load.example.vn' };
const judges = Array.from({ length: judgeCount }, (_, i) => ({
  id: randomUUID(),
  email: `judge${i}@don-vi-${Math.floor(i / 4)}.example.vn`,
  org: `Đơn vị ${Math.floor(i / 4)}`,
}));
const userRow = (u, role, org) => [
  u.id,
  u.email,
  passwordHash,
  u.email,
  'vi',
  role,
  new Date().toISOString().slice(0, 19).replace('T', ' '),
  '2025-1',
  new Date().toISOString().slice(0, 19).replace('T', ' '),
  org,
];
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
    'organization',
  ],
  [userRow(organizer, 'organizer', null), ...judges.map((j) => userRow(j, 'judge', j.org))],
);

const contestId = randomUUID();
const categoryId = randomUUID();
const roundId = randomUUID();
scratch.sql(`INSERT INTO contests (id, slug, codePrefix, nameVi, nameEn, kind, descriptionVi, descriptionEn, status, fields) VALUES ('${contestId}', 'phan-cong', 'ASG', 'Phân công', 'Assignment', 'startup_competition', '-', '-', 'judging', '[]');
INSERT INTO contest_categories (id, contestId, \`key\`, nameVi, nameEn, position) VALUES ('${categoryId}', '${contestId}', 'y-tuong', 'Ý tưởng', 'Idea', 0);
INSERT INTO contest_rounds (id, contestId, position, nameVi, nameEn, mode, reviewsPerEntry, criteria, judgingOpensAt, judgingClosesAt, version) VALUES ('${roundId}', '${contestId}', 1, 'Sơ khảo', 'Screening', 'online', 3, '[{"key":"doi-moi","labelVi":"Đổi mới","labelEn":"Innovation","weight":1,"maxScore":100}]', NOW(), NOW() + INTERVAL 7 DAY, 1);`);
insert(
  'contest_judges',
  ['id', 'contestId', 'userId', 'status', 'categoryKeys', 'fieldKeys'],
  judges.map((j) => [randomUUID(), contestId, j.id, 'accepted', '[]', '[]']),
);
const entries = Array.from({ length: entryCount }, (_, i) => ({
  id: randomUUID(),
  owner: randomUUID(),
  code: `ASG-${String(i + 1).padStart(4, '0')}`,
}));
insert(
  'users',
  ['id', 'email', 'passwordHash', 'fullName', 'locale', 'role', 'consentVersion', 'consentAt'],
  entries.map((e, i) => [
    e.owner,
    `team${i}@load.example.vn`,
    passwordHash,
    `Đội ${i}`,
    'vi',
    'applicant',
    '2025-1',
    '2026-01-01 00:00:00',
  ]),
);
insert(
  'entries',
  ['id', 'contestId', 'categoryId', 'ownerId', 'code', 'status', 'applicantType', 'title'],
  entries.map((e) => [
    e.id,
    contestId,
    categoryId,
    e.owner,
    e.code,
    'eligible',
    'team',
    `Ý tưởng ${e.code}`,
  ]),
);
insert(
  'entry_members',
  ['id', 'entryId', 'contestId', 'fullName', 'email', 'role', 'userId', 'position', 'confirmation'],
  entries.map((e, i) => [
    randomUUID(),
    e.id,
    contestId,
    `Trưởng nhóm ${i}`,
    `team${i}@load.example.vn`,
    'leader',
    e.owner,
    0,
    'confirmed',
  ]),
);
insert(
  'round_entries',
  ['id', 'roundId', 'entryId', 'status'],
  entries.map((e) => [randomUUID(), roundId, e.id, 'in_round']),
);
// 2 % of the pairs in conflict, recorded by the organizer (a fixed pattern: repeatable).
const conflicts = [];
entries.forEach((e, i) =>
  judges.forEach(
    (j, k) =>
      (i * 31 + k * 17) % 50 === 0 &&
      conflicts.push([randomUUID(), contestId, j.id, 'entry', e.id, 'recorded', organizer.id]),
  ),
);
insert(
  'conflicts_of_interest',
  ['id', 'contestId', 'judgeUserId', 'subject', 'value', 'source', 'createdBy'],
  conflicts,
);

const portal = await startPortal(scratch);
try {
  const login = await fetch(`${scratch.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: organizer.email, password }),
  });
  const { accessToken } = await login.json();
  const auth = { authorization: `Bearer ${accessToken}` };
  let started = performance.now();
  const listed = await fetch(`${scratch.url}/api/v1/rounds/${roundId}/entries`, { headers: auth });
  await listed.arrayBuffer();
  const baselineMs = performance.now() - started;
  started = performance.now();
  const res = await fetch(`${scratch.url}/api/v1/rounds/${roundId}/assignments/auto`, {
    method: 'POST',
    headers: auth,
  });
  const body = await res.json();
  const ms = performance.now() - started;
  if (res.status !== 200)
    throw new Error(`auto-assign answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
  const written = scratch.sql(`SELECT COUNT(*) FROM assignments WHERE roundId = '${roundId}'`);
  const mails = scratch.sql(
    `SELECT COUNT(*) FROM notifications WHERE template = 'judging-assignments-digest'`,
  );
  console.log(
    `${entryCount} entries x ${judgeCount} judges x 3 reviews, ${conflicts.length} conflicts (${((100 * conflicts.length) / (entryCount * judgeCount)).toFixed(1)} %)`,
  );
  console.log(
    `auto-assign through the API: ${(ms / 1000).toFixed(1)} s; ${written} assignments written, ${mails} digest mails; loads ${JSON.stringify(body.loads)}; unfilled ${body.unfilled?.length ?? 0}`,
  );
  console.log(
    `baseline (GET the round's ${entryCount} entries): ${baselineMs.toFixed(0)} ms; ratio ${(ms / baselineMs).toFixed(1)}x`,
  );
} finally {
  portal.stop();
  scratch.drop();
}
