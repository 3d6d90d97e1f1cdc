// Scenario 5, the festival day (issue 10): the hall screens following the live final
// (festival-hall.mjs), 20 staff phones scanning passes at the door, and the people's choice
// vote by badge code, each against the bare server in the same run at the same
// concurrency. Two portal instances (and two bare ones) serve the hall screens; the door
// and the vote go to the first of each. Checks: every pass admitted once (re-scans answer
// `already` and add no check-in row), one vote row and one cast per voter (re-sent votes
// change nothing), on both sides.
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { bundle } from '../lib/bundle.mjs';
import { loops, request, summarise } from '../lib/drive.mjs';
import { insertRows, seedUsersWithSessions } from '../lib/seed.mjs';
import { peakSampler, startBare, startPortalInstance } from '../lib/stack.mjs';
import { measureHall } from './festival-hall.mjs';
import { measureVotes } from './festival-votes.mjs';

export const name = 'festival';

const PHONES = 20;
/** Every RESCAN_EVERY-th scan of a phone is a pass it scanned before (a holder let in twice). */
const RESCAN_EVERY = 5;
const SHORT = 'ACDEFGHJKMNPQRTUVWXY3467';
const ROLES = ['guest', 'guest', 'guest', 'finalist', 'judge'];

async function seedPasses(db, festivalId, count) {
  const passes = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    token: randomBytes(32).toString('base64url'),
    shortCode: Array.from({ length: 8 }, () => SHORT[randomInt(SHORT.length)]).join(''),
    role: ROLES[i % ROLES.length],
    fullName: `Khách mời ${i}`,
  }));
  await insertRows(
    db,
    'festival_passes',
    ['id', 'festivalId', 'role', 'holderKey', 'fullName', 'email', 'locale', 'token', 'shortCode'],
    passes.map((p) => [
      p.id,
      festivalId,
      p.role,
      `guest:${p.id}`,
      p.fullName,
      `khach.${p.id.slice(0, 8)}@bench.example.vn`,
      'vi',
      p.token,
      p.shortCode,
    ]),
  );
  return passes;
}

/** Each phone's scans: new passes, and every RESCAN_EVERY-th one a pass it let in before. */
function phoneScans(passes, perPhone) {
  return Array.from({ length: PHONES }, () => {
    const mine = [];
    const scans = [];
    for (let n = 1; n <= perPhone; n++) {
      if (n % RESCAN_EVERY === 0) scans.push({ pass: mine[n % mine.length], again: true });
      else {
        mine.push(passes.pop());
        scans.push({ pass: mine.at(-1), again: false });
      }
    }
    return scans;
  });
}

const scanSteps = (url, path, staff) => (scans, phone) =>
  scans.map(({ pass, again }) => async () => {
    const result = await request(url, 'POST', path, {
      token: staff[phone].token,
      body: { code: pass.token },
    });
    const outcome = result.status === 200 ? JSON.parse(result.body).outcome : null;
    return { ...result, wrong: outcome !== (again ? 'already' : 'admitted') };
  });

async function measureCheckIn({ stack, bare, fixture, staff, quick }) {
  const rounds = quick ? 1 : 2;
  const perPhone = quick ? 5 : 10;
  const fresh = PHONES * (perPhone - Math.floor(perPhone / RESCAN_EVERY)) * rounds;
  const mine = await seedPasses(stack.db, fixture.festivalId, fresh);
  const theirs = await seedPasses(stack.db, fixture.festivalId, fresh);
  const platform = [];
  const baseline = [];
  const sides = [
    [[...mine], platform, stack.url, `/api/v1/contests/${fixture.contestId}/festival/check-ins`],
    [[...theirs], baseline, bare.url, `/festival/${fixture.contestId}/check-ins`],
  ];
  for (let round = 0; round < rounds; round++)
    for (const [passes, runs, url, path] of sides)
      runs.push(
        await loops(
          `${name}: ${PHONES} phones scanning, round ${round + 1}/${rounds}, ${runs === platform ? 'platform' : 'bare'}`,
          phoneScans(passes, perPhone).map(scanSteps(url, path, staff)),
        ),
      );
  const isError = (r) => r.status !== 200 || r.wrong;
  const count = async (ids) => {
    const [[row]] = await stack.db.query(
      `SELECT (SELECT COUNT(*) FROM festival_passes WHERE id IN (?) AND checkedInAt IS NOT NULL) AS admitted,
              (SELECT COUNT(*) FROM festival_check_ins WHERE passId IN (?)) AS checkIns`,
      [ids, ids],
    );
    return { admitted: Number(row.admitted), checkIns: Number(row.checkIns) };
  };
  return {
    row: {
      case: `check-in: ${PHONES} phones scanning at once (1 in ${RESCAN_EVERY} a re-scan)`,
      unit: 'scans/s',
      platform: summarise(platform, isError),
      bare: summarise(baseline, isError),
    },
    checks: {
      expected: fresh,
      platform: await count(mine.map((p) => p.id)),
      bare: await count(theirs.map((p) => p.id)),
    },
  };
}

export async function run({ stack, bare, quick, log }) {
  log(`seeding a festival with its live final and ${PHONES} staff sessions`);
  const { festivalSeed } = await bundle({ festivalSeed: 'bench/lib/festival-seed.ts' });
  const fixture = await festivalSeed.seed(stack.env);
  const staff = await seedUsersWithSessions(stack.db, stack.env, {
    count: PHONES,
    role: 'organizer',
    prefix: `staff-${randomUUID().slice(0, 6)}-`,
  });
  const organizer = staff[0];
  log(`${name}: starting a second portal instance and a second bare server`);
  const second = { portal: await startPortalInstance(stack), bare: await startBare(stack) };
  const rows = [];
  const checks = {};
  try {
    const context = { name, stack, bare, second, fixture, organizer, staff, quick };
    let sampler = peakSampler(stack.pids);
    rows.push({ ...(await measureHall(context)), peakRss: sampler.take() });
    sampler = peakSampler(stack.pids);
    const door = await measureCheckIn(context);
    rows.push({ ...door.row, peakRss: sampler.take() });
    checks.checkIn = door.checks;
    // Spread over a minute, one round each side; at once, rounds alternating the sides.
    for (const [key, windowMs, rounds] of [
      ['votesSpread', quick ? 2000 : 60_000, 1],
      ['votesAtOnce', 0, quick ? 1 : 3],
    ]) {
      sampler = peakSampler(stack.pids);
      const vote = await measureVotes(context, windowMs, rounds);
      rows.push({ ...vote.row, peakRss: sampler.take() });
      checks[key] = vote.checks;
    }
  } finally {
    await second.portal.stop();
    await second.bare.stop();
  }
  const same = (side, expected) => Object.values(side).every((n) => n === expected);
  const ok =
    same(checks.checkIn.platform, checks.checkIn.expected) &&
    same(checks.checkIn.bare, checks.checkIn.expected) &&
    ['votesSpread', 'votesAtOnce'].every(
      (key) =>
        same(checks[key].platform, checks[key].expected) &&
        same(checks[key].bare, checks[key].expected),
    );
  return { rows: rows.map((row) => ({ scenario: name, ...row })), checks, ok };
}
