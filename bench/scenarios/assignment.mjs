// Scenario 6, automatic assignment: an organizer assigns a round of 5,000 entries to 100
// judges (25 organisations of 4, preferences on 2 categories and 4 fields), 3 reviews per
// entry, 2 % of the judge-entry pairs in recorded conflicts, as one whole-round optimal
// flow within the request (ASSIGNMENT_JOB_THRESHOLD raised). The bare side reads the same
// rows with mysql2, runs the same planner (bundled from libs/judging) and inserts the same
// assignments in one transaction. The planner alone is timed in-process against the plan
// the platform made before (the full network in batches of 500 entries), and both plans
// are costed under the whole round's objective: the whole-round plan must cost no more,
// and what the API stored must cost exactly the in-process optimum.
import { randomUUID } from 'node:crypto';
import { bundle } from '../lib/bundle.mjs';
import { progress, request, summarise } from '../lib/drive.mjs';
import { insertRows, seedUsersWithSessions, sqlIn } from '../lib/seed.mjs';
import { outboxDrained, peakSampler } from '../lib/stack.mjs';

export const name = 'assignment';
// Within the request, so the time measured is the request's (not a queued job's).
export const extraEnv = { ASSIGNMENT_JOB_THRESHOLD: '1000000' };

const JUDGES = 100;
const REVIEWS = 3;
const CONFLICT_RATE = 0.02;
const CATEGORIES = ['y-tuong', 'du-an'];
const FIELDS = ['cong-nghe-so', 'nong-nghiep', 'du-lich', 'giao-duc'];

/** Deterministic pseudo-random numbers (mulberry32), so every run assigns the same round. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Conflicts looked up as the platform's ConflictMatrix does: per judge, then per entry. */
const lookup = (byJudge) => ({
  has: (judgeUserId, entryId) => byJudge.get(judgeUserId)?.has(entryId) ?? false,
});

async function seedRound(db, env, size) {
  const next = random(20261126);
  const contestId = randomUUID();
  const roundId = randomUUID();
  const prefix = `AS${randomUUID().slice(0, 6)}`.toUpperCase();
  const categories = CATEGORIES.map((key) => ({ id: randomUUID(), key }));
  await db.query(
    `INSERT INTO contests (id, slug, codePrefix, nameVi, nameEn, kind, descriptionVi, descriptionEn, status, submissionDeadline, fields)
     VALUES (?, ?, ?, 'Phân công', 'Assignment', 'startup_competition', '-', '-', 'judging', ?, '[]');
     INSERT INTO contest_rounds (id, contestId, position, nameVi, nameEn, mode, reviewsPerEntry, judgingOpensAt, judgingClosesAt, criteria, version)
     VALUES (?, ?, 1, 'Vòng sơ khảo', 'Screening round', 'online', ?, ?, ?, ?, 1);`,
    [
      ...[contestId, prefix.toLowerCase(), prefix, sqlIn(-48)],
      ...[roundId, contestId, REVIEWS, sqlIn(-1), sqlIn(7 * 24)],
      JSON.stringify([
        { key: 'doi-moi', labelVi: 'Đổi mới', labelEn: 'Innovation', weight: 1, maxScore: 100 },
      ]),
    ],
  );
  await insertRows(
    db,
    'contest_categories',
    ['id', 'contestId', 'key', 'nameVi', 'nameEn', 'position'],
    categories.map((c, i) => [c.id, contestId, c.key, c.key, c.key, i]),
  );
  const [organizer] = await seedUsersWithSessions(db, env, {
    count: 1,
    role: 'organizer',
    prefix: `${prefix.toLowerCase()}-organizer-`,
  });
  const users = await seedUsersWithSessions(db, env, {
    count: JUDGES,
    role: 'judge',
    prefix: `${prefix.toLowerCase()}-judge-`,
  });
  // As assignment-5000 always had it: 25 organisations of 4, two thirds with a category.
  const judges = users.map((u, i) => ({
    userId: u.id,
    organization: `Đơn vị ${Math.floor(i / 4)}`,
    categoryKeys: i % 3 === 0 ? [] : [CATEGORIES[i % 2]],
    fieldKeys: i % 5 === 0 ? [] : [FIELDS[i % 4]],
  }));
  await db.query(
    judges.map(() => 'UPDATE users SET organization = ? WHERE id = ?').join(';'),
    judges.flatMap((j) => [j.organization, j.userId]),
  );
  await insertRows(
    db,
    'contest_judges',
    ['id', 'contestId', 'userId', 'status', 'categoryKeys', 'fieldKeys'],
    judges.map((j) => [
      randomUUID(),
      contestId,
      j.userId,
      'accepted',
      JSON.stringify(j.categoryKeys),
      JSON.stringify(j.fieldKeys),
    ]),
  );
  const [owner] = await seedUsersWithSessions(db, env, {
    count: 1,
    role: 'applicant',
    prefix: `${prefix.toLowerCase()}-owner-`,
  });
  const entries = Array.from({ length: size }, (_, i) => {
    const category = categories[Math.floor(next() * CATEGORIES.length)];
    return {
      entryId: randomUUID(),
      label: `${prefix}-${String(i + 1).padStart(5, '0')}`,
      categoryId: category.id,
      categoryKey: category.key,
      fieldKey: FIELDS[Math.floor(next() * FIELDS.length)],
    };
  });
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
      'fieldKey',
    ],
    entries.map((e) => [
      e.entryId,
      contestId,
      e.categoryId,
      owner.id,
      e.label,
      'eligible',
      'team',
      e.label,
      e.fieldKey,
    ]),
  );
  await insertRows(
    db,
    'round_entries',
    ['id', 'roundId', 'entryId', 'status'],
    entries.map((e) => [randomUUID(), roundId, e.entryId, 'in_round']),
  );
  const conflicted = new Map(judges.map((j) => [j.userId, new Set()]));
  const conflicts = [];
  for (const judge of judges)
    for (const entry of entries)
      if (next() < CONFLICT_RATE) {
        conflicted.get(judge.userId).add(entry.entryId);
        conflicts.push([randomUUID(), contestId, judge.userId, 'entry', entry.entryId]);
        conflicts.at(-1).push('recorded', organizer.id, 'effective');
      }
  await insertRows(
    db,
    'conflicts_of_interest',
    ['id', 'contestId', 'judgeUserId', 'subject', 'value', 'source', 'createdBy', 'status'],
    conflicts,
  );
  const input = {
    reviewsPerEntry: REVIEWS,
    judges,
    entries: entries.map(({ entryId, label, categoryKey, fieldKey }) => ({
      entryId,
      label,
      categoryKey,
      fieldKey,
    })),
    existing: [],
    conflicts: lookup(conflicted),
  };
  return { roundId, contestId, organizer, input, conflicts: conflicts.length };
}

/**
 * The bare automatic assignment: the same rows read with mysql2, the platform's planner,
 * the assignments inserted in one transaction (no audit row, no digest mails).
 */
async function bareAssign(db, planner, { roundId, contestId }) {
  const [[entries], [judges], [conflicts], [rounds]] = await Promise.all([
    db.query(
      `SELECT e.id AS entryId, e.code AS label, c.key AS categoryKey, e.fieldKey AS fieldKey
         FROM round_entries re JOIN entries e ON e.id = re.entryId
         LEFT JOIN contest_categories c ON c.id = e.categoryId
        WHERE re.roundId = ? AND re.status = 'in_round'`,
      [roundId],
    ),
    db.query(
      `SELECT u.id AS userId, u.organization, j.categoryKeys, j.fieldKeys
         FROM contest_judges j JOIN users u ON u.id = j.userId
        WHERE j.contestId = ? AND j.status = 'accepted'`,
      [contestId],
    ),
    db.query(
      `SELECT judgeUserId, value FROM conflicts_of_interest
        WHERE contestId = ? AND subject = 'entry' AND status = 'effective'`,
      [contestId],
    ),
    db.query('SELECT reviewsPerEntry, judgingClosesAt FROM contest_rounds WHERE id = ?', [roundId]),
  ]);
  const json = (v) => (typeof v === 'string' ? JSON.parse(v) : (v ?? []));
  const conflicted = new Map();
  for (const c of conflicts) {
    if (!conflicted.has(c.judgeUserId)) conflicted.set(c.judgeUserId, new Set());
    conflicted.get(c.judgeUserId).add(c.value);
  }
  const plan = planner.planAssignments({
    reviewsPerEntry: rounds[0].reviewsPerEntry,
    judges: judges.map((j) => ({
      ...j,
      categoryKeys: json(j.categoryKeys),
      fieldKeys: json(j.fieldKeys),
    })),
    entries,
    existing: [],
    conflicts: lookup(conflicted),
  });
  const connection = await db.getConnection();
  try {
    await connection.beginTransaction();
    const rows = plan.assignments.map((a) => [
      randomUUID(),
      roundId,
      a.entryId,
      a.judgeUserId,
      'assigned',
      'auto',
      rounds[0].judgingClosesAt,
    ]);
    for (let i = 0; i < rows.length; i += 1000)
      await connection.query(
        'INSERT INTO assignments (id, roundId, entryId, judgeUserId, status, source, dueAt) VALUES ?',
        [rows.slice(i, i + 1000)],
      );
    await connection.commit();
  } finally {
    connection.release();
  }
  return plan;
}

const timed = (results) =>
  summarise([{ results, seconds: results.reduce((s, r) => s + r.ms, 0) / 1000 }]);

/** Runs `fn` `runs` times, then `after` (not timed); each run's time as a result row. */
async function repeat(runs, fn, after = async () => undefined) {
  const results = [];
  let last;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    last = await fn();
    results.push({ status: 200, body: '', ms: performance.now() - started });
    await after();
  }
  return { results, last };
}

export async function run({ stack, quick, log }) {
  const size = quick ? 600 : 5000;
  const runs = quick ? 1 : 3;
  log(`seeding a round of ${size} entries, ${JUDGES} judges, ${REVIEWS} reviews, 2 % conflicts`);
  const round = await seedRound(stack.db, stack.env, size);
  const { planner } = await bundle({ planner: 'bench/lib/assignment-planner.ts' });
  const reset = async () => {
    await stack.db.query('DELETE FROM assignments WHERE roundId = ?', [round.roundId]);
    await outboxDrained(stack);
  };
  const apiCall = () =>
    request(stack.url, 'POST', `/api/v1/rounds/${round.roundId}/assignments/auto`, {
      token: round.organizer.token,
    });

  progress(`${name}: warm-up (one assignment each side)`);
  await apiCall();
  await reset();
  await bareAssign(stack.db, planner, round);
  await reset();

  const sampler = peakSampler(stack.pids);
  const api = [];
  for (let r = 0; r < runs; r++) {
    progress(`${name}: whole round through the API, run ${r + 1}/${runs}`);
    api.push(await apiCall());
    if (r < runs - 1) await reset();
  }
  const peakRss = sampler.take();
  const [stored] = await stack.db.query(
    "SELECT entryId, judgeUserId FROM assignments WHERE roundId = ? AND status = 'assigned'",
    [round.roundId],
  );
  await reset();
  progress(`${name}: bare (mysql2 reads, the same planner, one insert transaction)`);
  const bare = await repeat(runs, () => bareAssign(stack.db, planner, round), reset);

  progress(`${name}: the planner alone, whole round and the old batches`);
  const whole = await repeat(quick ? 1 : 5, async () => planner.planAssignments(round.input));
  const batched = await repeat(runs, async () =>
    planner.planWithNetwork(round.input, { batchEntries: planner.OLD_BATCH_ENTRIES }),
  );
  const optimum = whole.last;
  const old = batched.last;
  const costs = {
    optimum: planner.planCost(round.input, optimum),
    batched: planner.planCost(round.input, old),
    api: planner.planCost(round.input, { assignments: stored }),
  };

  const wholeCase = `${size} entries x ${JUDGES} judges x ${REVIEWS} reviews, ${round.conflicts} conflicts`;
  const rows = [
    {
      scenario: name,
      case: `whole round through the API (bare: mysql2 + planner + insert), ${wholeCase}`,
      unit: 'rounds/s',
      platform: timed(api),
      bare: timed(bare.results),
      peakRss,
    },
    {
      scenario: name,
      case: `planner alone, whole round (bare column: the old batches of ${planner.OLD_BATCH_ENTRIES}), ${size} entries`,
      unit: 'plans/s',
      platform: timed(whole.results),
      bare: timed(batched.results),
      peakRss: { portal: '-', worker: '-' },
    },
  ];
  const checks = {
    slots: optimum.slots.wanted,
    stored: stored.length,
    optimumLoadUnits: costs.optimum.loadUnits,
    optimumPreference: costs.optimum.preference,
    batchedLoadUnits: costs.batched.loadUnits,
    batchedPreference: costs.batched.preference,
    apiPreference: costs.api.preference,
    optimumSpread: optimum.summary.spread,
    batchedSpread: old.summary.spread,
  };
  const ok =
    stored.length === optimum.slots.added &&
    optimum.slots.unfilled === 0 &&
    costs.api.total === costs.optimum.total &&
    costs.optimum.total <= costs.batched.total;
  log(
    `${name}: cost of the whole-round plan ${costs.optimum.total} (loads ${costs.optimum.loadUnits} x W, preferences ${costs.optimum.preference}); ` +
      `the old batches ${costs.batched.total} (loads ${costs.batched.loadUnits} x W, preferences ${costs.batched.preference})`,
  );
  return { rows, checks, ok };
}
