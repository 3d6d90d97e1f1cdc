// Figure: the statistics and the XLSX report of a province-sized contest on the production
// profile: 5,000 received entries of 2 members each in 4 categories, 1 round with 100
// judges and 3 submitted scores per entry (15,000). Times the statistics (API,
// median of 5) and the report download (time, size, portal peak memory). Baselines in the
// same run: one page of the organizers' entry list (its counts by status included) for
// the statistics, and the existing entry export (export.xlsx, one sheet, 10,000 rows) for
// the report.
//   npm run build && node test/load/report-5000.mjs [entries]
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { hash } from '@node-rs/argon2';
import { loadEnvironment, peakWhile, percentile, startPortal } from './harness.mjs';

const [entryCount = 5000] = process.argv.slice(2).map(Number);
const JUDGES = 100;
const REVIEWS = 3;
const scratch = loadEnvironment('production');
const q = (v) => (v === null ? 'NULL' : `'${String(v).replace(/'/g, "''")}'`);
const insert = (table, columns, rows) => {
  for (let i = 0; i < rows.length; i += 1000)
    scratch.sql(
      `INSERT INTO ${table} (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES ${rows
        .slice(i, i + 1000)
        .map((r) => `(${r.map(q).join(', ')})`)
        .join(', ')}`,
    );
};
const stamp = (date) => date.toISOString().slice(0, 19).replace('T', ' ');

const password = 'bao-cao-tinh-2026';
const passwordHash = await hash(password, {
  algorithm: 2,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
});
const organizer = { id: randomUUID(), email: 'organizer@load.example.vn' };
const judges = Array.from({ length: JUDGES }, (_, i) => ({
  id: randomUUID(),
  email: `judge${i}@load.example.vn`,
}));
const userColumns = [
  'id',
  'email',
  'passwordHash',
  'fullName',
  'locale',
  'role',
  'consentVersion',
  'consentAt',
];
const userRow = (u, role, name) => [
  u.id,
  u.email,
  passwordHash,
  name,
  'vi',
  role,
  '2025-1',
  '2026-01-01 00:00:00',
];
insert(
  'users',
  [...userColumns, 'emailVerifiedAt'],
  [
    [...userRow(organizer, 'organizer', 'Ban tổ chức'), '2026-01-01 00:00:00'],
    ...judges.map((j, i) => [...userRow(j, 'judge', `Giám khảo ${i}`), '2026-01-01 00:00:00']),
  ],
);

const contestId = randomUUID();
const roundId = randomUUID();
const categories = ['y-tuong', 'du-an', 'hssv', 'phu-nu'].map((key, position) => ({
  id: randomUUID(),
  key,
  position,
}));
const deadline = new Date('2026-11-30T10:00:00Z');
scratch.sql(`INSERT INTO contests (id, slug, codePrefix, nameVi, nameEn, kind, descriptionVi, descriptionEn, status, fields, registrationOpensAt, submissionDeadline) VALUES ('${contestId}', 'khoi-nghiep-tinh-2026', 'QNG5', 'Khởi nghiệp tỉnh 2026', 'Provincial startups 2026', 'startup_competition', '-', '-', 'judging', '[{"key":"cong-nghe-so","labelVi":"Công nghệ số","labelEn":"Digital"},{"key":"nong-nghiep","labelVi":"Nông nghiệp","labelEn":"Agriculture"},{"key":"du-lich","labelVi":"Du lịch","labelEn":"Tourism"}]', '2026-10-01 00:00:00', '${stamp(deadline)}');
INSERT INTO contest_rounds (id, contestId, position, nameVi, nameEn, mode, reviewsPerEntry, criteria, version) VALUES ('${roundId}', '${contestId}', 1, 'Sơ khảo', 'Screening', 'online', 3, '[{"key":"doi-moi","labelVi":"Tính đổi mới","labelEn":"Innovation","weight":1,"maxScore":40},{"key":"kha-thi","labelVi":"Tính khả thi","labelEn":"Feasibility","weight":1,"maxScore":30},{"key":"doi-ngu","labelVi":"Đội ngũ","labelEn":"Team","weight":1,"maxScore":30}]', 1);`);
insert(
  'contest_categories',
  ['id', 'contestId', 'key', 'nameVi', 'nameEn', 'position'],
  categories.map((c) => [c.id, contestId, c.key, `Bảng ${c.key}`, `Category ${c.key}`, c.position]),
);
insert(
  'contest_judges',
  ['id', 'contestId', 'userId', 'status', 'categoryKeys', 'fieldKeys'],
  judges.map((j) => [randomUUID(), contestId, j.id, 'accepted', '[]', '[]']),
);

const statuses = ['submitted', 'eligible', 'ineligible', 'advanced', 'eliminated'];
const fields = ['cong-nghe-so', 'nong-nghiep', 'du-lich', null];
const types = ['student', 'individual', 'team', 'startup'];
const entries = Array.from({ length: entryCount }, (_, i) => ({
  id: randomUUID(),
  owner: randomUUID(),
  code: `QNG5-${String(i + 1).padStart(4, '0')}`,
  // Spread over the 60 days before the deadline, more towards its end.
  submittedAt: new Date(
    deadline.getTime() -
      Math.floor(60 * (1 - Math.sqrt((i + 1) / entryCount)) * 86_400_000) -
      3_600_000,
  ),
}));
insert(
  'users',
  userColumns,
  entries.map((e, i) =>
    userRow({ id: e.owner, email: `team${i}@load.example.vn` }, 'applicant', `Đội ${i}`),
  ),
);
insert(
  'entries',
  [
    'id',
    'contestId',
    'categoryId',
    'fieldKey',
    'ownerId',
    'code',
    'status',
    'applicantType',
    'title',
    'organization',
    'commune',
    'submittedAt',
    'submittedRevision',
  ],
  entries.map((e, i) => [
    e.id,
    contestId,
    categories[i % 4].id,
    fields[i % 4],
    e.owner,
    e.code,
    statuses[i % 5],
    types[i % 4],
    `Ý tưởng ${e.code}`,
    `Trường số ${i % 120}`,
    `Xã số ${i % 96}`,
    stamp(e.submittedAt),
    1,
  ]),
);
insert(
  'entry_members',
  [
    'id',
    'entryId',
    'contestId',
    'fullName',
    'email',
    'gender',
    'role',
    'userId',
    'position',
    'confirmation',
  ],
  entries.flatMap((e, i) => [
    [
      randomUUID(),
      e.id,
      contestId,
      `Trưởng nhóm ${i}`,
      `team${i}@load.example.vn`,
      i % 2 ? 'male' : 'female',
      'leader',
      e.owner,
      0,
      'confirmed',
    ],
    [
      randomUUID(),
      e.id,
      contestId,
      `Thành viên ${i}`,
      `member${i}@load.example.vn`,
      i % 3 ? 'female' : null,
      'member',
      null,
      1,
      'confirmed',
    ],
  ]),
);
insert(
  'round_entries',
  ['id', 'roundId', 'entryId', 'status'],
  entries.map((e, i) => [
    randomUUID(),
    roundId,
    e.id,
    ['in_round', 'advanced', 'eliminated'][i % 3],
  ]),
);
const assignments = [];
const scores = [];
entries.forEach((e, i) => {
  for (let r = 0; r < REVIEWS; r++) {
    const judge = judges[(i * REVIEWS + r) % JUDGES];
    const assignmentId = randomUUID();
    assignments.push([assignmentId, roundId, e.id, judge.id, 'scored', 'auto']);
    const values = {
      'doi-moi': 10 + ((i + r) % 30),
      'kha-thi': 5 + (i % 25),
      'doi-ngu': 5 + ((r * 7) % 25),
    };
    scores.push([
      randomUUID(),
      assignmentId,
      roundId,
      e.id,
      judge.id,
      JSON.stringify(values),
      'submitted',
      '2026-12-02 03:00:00',
    ]);
  }
});
insert('assignments', ['id', 'roundId', 'entryId', 'judgeUserId', 'status', 'source'], assignments);
insert(
  'scores',
  ['id', 'assignmentId', 'roundId', 'entryId', 'judgeUserId', 'values', 'status', 'submittedAt'],
  scores,
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
  const timed = async (path, runs = 5) => {
    const times = [];
    let body;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const res = await fetch(`${scratch.url}${path}`, { headers: auth });
      body = Buffer.from(await res.arrayBuffer());
      if (res.status !== 200)
        throw new Error(`${path} answered ${res.status}: ${body.toString().slice(0, 300)}`);
      times.push(performance.now() - started);
    }
    return { ms: percentile(times, 50), body };
  };
  const list = await timed(`/api/v1/contests/${contestId}/entries`);
  const stats = await timed(`/api/v1/contests/${contestId}/statistics`);
  const numbers = JSON.parse(stats.body.toString());
  if (numbers.received !== entryCount) throw new Error(`received ${numbers.received}`);
  console.log(
    `${entryCount} entries, ${2 * entryCount} members, ${scores.length} scores by ${JUDGES} judges`,
  );
  console.log(
    `statistics (API, 11 GROUP BY queries): median ${stats.ms.toFixed(0)} ms; baseline entry list page: ${list.ms.toFixed(0)} ms; ratio ${(stats.ms / list.ms).toFixed(1)}x`,
  );
  const rssBefore = portal.rssMiB();
  const exportRun = await peakWhile(portal.rssMiB, () =>
    timed(`/api/v1/contests/${contestId}/entries/export.xlsx`, 1),
  );
  const reportRun = await peakWhile(portal.rssMiB, () =>
    timed(`/api/v1/contests/${contestId}/report.xlsx`, 1),
  );
  console.log(
    `report.xlsx (4 sheets, ${2 * entryCount} member rows + ${scores.length} score rows + ${entryCount} decisions): ${(reportRun.result.ms / 1000).toFixed(2)} s, ${(reportRun.result.body.length / 1048576).toFixed(1)} MiB, portal peak ${reportRun.peak} MiB (idle ${rssBefore} MiB)`,
  );
  console.log(
    `baseline entry export.xlsx (${2 * entryCount} rows): ${(exportRun.result.ms / 1000).toFixed(2)} s, ${(exportRun.result.body.length / 1048576).toFixed(1)} MiB, portal peak ${exportRun.peak} MiB; time ratio ${(reportRun.result.ms / exportRun.result.ms).toFixed(1)}x`,
  );
} finally {
  portal.stop();
  // KEEP=1 leaves the database for a look at the query plans.
  if (process.env.KEEP) console.log(`kept ${scratch.env.DATABASE_URL}`);
  else scratch.drop();
}
