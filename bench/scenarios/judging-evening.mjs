// Scenario 2, judging evening: 50 of a contest's 100 judges read their scoring queue at
// the same time, then save scores (a draft, then the submission, of some assignments).
// Contests of 500 and 5,000 entries, 3 reviews each, 2 % of the entries with a declared
// conflict: the cost of a queue read must not grow with the contest, only with the
// judge's own assignments. The bare baseline reads the same rows for the same judges.
import { randomUUID } from 'node:crypto';
import { loops, request, summarise } from '../lib/drive.mjs';
import { insertRows, seedUsersWithSessions, sqlIn, sqlNow } from '../lib/seed.mjs';
import { peakSampler } from '../lib/stack.mjs';

export const name = 'judging-evening';

const JUDGES = 100;
const ACTIVE = 50;
const REVIEWS = 3;
const CRITERIA = [
  { key: 'doi-moi', labelVi: 'Tính đổi mới', labelEn: 'Innovation', weight: 1, maxScore: 40 },
  { key: 'kha-thi', labelVi: 'Tính khả thi', labelEn: 'Feasibility', weight: 1, maxScore: 30 },
  { key: 'doi-ngu', labelVi: 'Đội ngũ', labelEn: 'Team', weight: 1, maxScore: 30 },
];

async function seedContest(db, env, entries) {
  const now = sqlNow();
  const contestId = randomUUID();
  const categoryId = randomUUID();
  const roundId = randomUUID();
  const prefix = `JE${randomUUID().slice(0, 6)}`.toUpperCase();
  await db.query(
    `INSERT INTO contests (id, slug, codePrefix, nameVi, nameEn, kind, descriptionVi, descriptionEn, status, submissionDeadline, blindJudging, fields)
     VALUES (?, ?, ?, 'Đêm chấm điểm', 'Judging evening', 'startup_competition', '-', '-', 'judging', ?, 1, '[]');
     INSERT INTO contest_categories (id, contestId, \`key\`, nameVi, nameEn, position) VALUES (?, ?, 'y-tuong', 'Ý tưởng', 'Idea', 0);
     INSERT INTO contest_rounds (id, contestId, position, nameVi, nameEn, judgingOpensAt, judgingClosesAt, criteria, version)
     VALUES (?, ?, 1, 'Vòng sơ khảo', 'Screening round', ?, ?, ?, 1);`,
    [
      contestId,
      prefix.toLowerCase(),
      prefix,
      sqlIn(-24),
      categoryId,
      contestId,
      roundId,
      contestId,
      sqlIn(-1),
      sqlIn(48),
      JSON.stringify(CRITERIA),
    ],
  );
  const judges = await seedUsersWithSessions(db, env, {
    count: JUDGES,
    role: 'judge',
    prefix: `${prefix.toLowerCase()}-judge-`,
  });
  await insertRows(
    db,
    'contest_judges',
    ['id', 'contestId', 'userId', 'status'],
    judges.map((j) => [randomUUID(), contestId, j.id, 'accepted']),
  );
  const [owner] = await seedUsersWithSessions(db, env, {
    count: 1,
    role: 'applicant',
    prefix: `${prefix.toLowerCase()}-owner-`,
  });
  const rows = Array.from({ length: entries }, (_, i) => ({
    id: randomUUID(),
    code: `${prefix}-${i + 1}`,
    title: `Ý tưởng số ${i + 1}`,
  }));
  await insertRows(
    db,
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
      'submittedAt',
    ],
    rows.map((e) => [
      e.id,
      contestId,
      categoryId,
      owner.id,
      e.code,
      'eligible',
      'team',
      e.title,
      'Tóm tắt ý tưởng',
      1,
      1,
      now,
    ]),
  );
  await insertRows(
    db,
    'entry_members',
    [
      'id',
      'entryId',
      'contestId',
      'fullName',
      'email',
      'organization',
      'role',
      'position',
      'confirmation',
    ],
    rows.map((e, i) => [
      randomUUID(),
      e.id,
      contestId,
      `Trưởng nhóm ${i}`,
      `team${i}@${prefix.toLowerCase()}.example.vn`,
      `Trường số ${i % 40}`,
      'leader',
      0,
      'confirmed',
    ]),
  );
  await insertRows(
    db,
    'entry_snapshots',
    ['id', 'entryId', 'revision', 'content'],
    rows.map((e) => [
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
  // Entry e goes to judges 3e, 3e+1, 3e+2 (mod 100); 2 % of the entries carry a declared
  // conflict with a judge not assigned to them, so the conflict rules have work to do.
  const assignments = [];
  const conflicts = [];
  rows.forEach((entry, e) => {
    for (let r = 0; r < REVIEWS; r++)
      assignments.push({
        id: randomUUID(),
        entryId: entry.id,
        judge: judges[(e * REVIEWS + r) % JUDGES],
      });
    if (e % 50 === 0)
      conflicts.push([
        randomUUID(),
        contestId,
        judges[(e * REVIEWS + REVIEWS) % JUDGES].id,
        'entry',
        entry.id,
        'declared',
        judges[0].id,
        'effective',
      ]);
  });
  await insertRows(
    db,
    'assignments',
    ['id', 'roundId', 'entryId', 'judgeUserId', 'status', 'source'],
    assignments.map((a) => [a.id, roundId, a.entryId, a.judge.id, 'assigned', 'auto']),
  );
  await insertRows(
    db,
    'conflicts_of_interest',
    ['id', 'contestId', 'judgeUserId', 'subject', 'value', 'source', 'createdBy', 'status'],
    conflicts,
  );
  return { judges: judges.slice(0, ACTIVE), assignments };
}

const points = (n) => ({ 'doi-moi': 20 + (n % 20), 'kha-thi': 15.5, 'doi-ngu': 10 + (n % 10) });

export async function run({ stack, bare, quick, log }) {
  const sizes = quick ? [100] : [500, 5000];
  const reads = quick ? 2 : 10;
  const savesPerJudge = quick ? 1 : 3;
  const rows = [];
  for (const size of sizes) {
    log(`seeding a contest of ${size} entries, ${JUDGES} judges, ${size * REVIEWS} assignments`);
    const { judges, assignments } = await seedContest(stack.db, stack.env, size);
    const readsOf = (url, path) =>
      judges.map((judge) =>
        Array.from(
          { length: reads },
          () => () => request(url, 'GET', path, { token: judge.token }),
        ),
      );
    // Not measured: opens the pools' connections and warms the JIT on both sides.
    await loops(
      `${name}: warm-up`,
      [...readsOf(stack.url, '/api/v1/judging/queue'), ...readsOf(bare.url, '/judging/queue')].map(
        (steps) => steps.slice(0, 1),
      ),
    );
    const sampler = peakSampler(stack.pids);
    const platform = await loops(
      `${name}: ${size} entries, queue reads, platform`,
      readsOf(stack.url, '/api/v1/judging/queue'),
      { cpuOf: stack.pids.portal },
    );
    const baseline = await loops(
      `${name}: ${size} entries, queue reads, bare`,
      readsOf(bare.url, '/judging/queue'),
      { cpuOf: bare.pid },
    );
    // Every judge saw their own assignments minus the conflicted ones, on both sides.
    const expectedItems = new Map(
      judges.map((j) => [j.token, assignments.filter((a) => a.judge.id === j.id).length]),
    );
    const sizesSeen = (results) =>
      results.filter((r) => r.status === 200).map((r) => JSON.parse(r.body).items.length);
    const queueRows = {
      platform: sizesSeen(platform.results).reduce((a, b) => a + b, 0),
      bare: sizesSeen(baseline.results).reduce((a, b) => a + b, 0),
      assigned: [...expectedItems.values()].reduce((a, b) => a + b, 0) * reads,
    };
    rows.push({
      scenario: name,
      case: `queue reads, ${size}-entry contest, ${ACTIVE} judges`,
      unit: 'reads/s',
      platform: summarise([platform]),
      bare: summarise([baseline]),
      peakRss: sampler.take(),
      queueRows,
    });
    const saveSampler = peakSampler(stack.pids);
    const saves = await loops(
      `${name}: ${size} entries, score saves, platform`,
      judges.map((judge) =>
        assignments
          .filter((a) => a.judge.id === judge.id)
          .slice(0, savesPerJudge)
          .flatMap((assignment, n) => [
            () =>
              request(stack.url, 'PUT', `/api/v1/judging/assignments/${assignment.id}/score`, {
                token: judge.token,
                body: { scores: { 'doi-moi': 10 } },
              }),
            (previous) =>
              request(stack.url, 'PUT', `/api/v1/judging/assignments/${assignment.id}/score`, {
                token: judge.token,
                body: {
                  scores: points(n),
                  commentForTeam: 'Ý tưởng tốt, cần làm rõ thị trường.',
                  version: JSON.parse(previous.body).version,
                  submit: true,
                },
              }),
          ]),
      ),
    );
    rows.push({
      scenario: name,
      case: `score saves, ${size}-entry contest, ${ACTIVE} judges`,
      unit: 'saves/s',
      platform: summarise([saves]),
      bare: null,
      peakRss: saveSampler.take(),
    });
  }
  const [[check]] = await stack.db.query(
    "SELECT COUNT(*) AS submitted FROM scores WHERE status = 'submitted' AND version = 2",
  );
  const checks = {
    submittedScores: Number(check.submitted),
    expected: sizes.length * ACTIVE * savesPerJudge,
  };
  // The conflicted entries are never assigned to the judge they conflict with, so both
  // sides must list every assignment; a missing or extra row is a failed check.
  const ok =
    checks.submittedScores === checks.expected &&
    rows.every(
      (row) =>
        !row.queueRows ||
        (row.queueRows.platform === row.queueRows.assigned &&
          row.queueRows.bare === row.queueRows.assigned),
    );
  checks.queueRows = rows.filter((row) => row.queueRows).map((row) => row.queueRows);
  return { rows, checks, ok };
}
