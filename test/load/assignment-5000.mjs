// Figures for the automatic assignment: 5,000 entries, 100 judges, 3 reviews each, 2 %
// random conflicts, judges in 25 organisations of 4, preferences on 2 categories and 4
// fields. Runs the pure planner (compiled on the fly with swc), no database:
//   node test/load/assignment-5000.mjs [entries] [judges] [reviews] [conflictRate] [batchEntries]
// batchEntries defaults to the planner's BATCH_ENTRIES; give the entry count to solve one flow.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transformSync } from '@swc/core';

const [entryCount = 5000, judgeCount = 100, reviews = 3, conflictRate = 0.02, batchEntries] =
  process.argv.slice(2).map(Number);

async function loadPlanner() {
  const dir = mkdtempSync(join(tmpdir(), 'planner-'));
  for (const name of [
    'min-cost-flow',
    'assignment-network',
    'assignment-planner',
    'assignment-plan.types',
  ]) {
    const source = readFileSync(`libs/judging/src/assignment/${name}.ts`, 'utf8');
    const { code } = transformSync(source, {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'es6' },
    });
    writeFileSync(
      join(dir, `${name}.mjs`),
      code.replace(/from '\.\/([\w-]+)'/g, "from './$1.mjs'"),
    );
  }
  return import(pathToFileURL(join(dir, 'assignment-planner.mjs')).href);
}

/** A small seeded generator, so every run measures the same round. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const id = (prefix, n) => `${prefix}-${String(n).padStart(6, '0')}`;
const rand = random(20261126);
const categories = ['y-tuong', 'du-an'];
const fields = ['cong-nghe-so', 'nong-nghiep', 'du-lich', 'giao-duc'];
const judges = Array.from({ length: judgeCount }, (_, i) => ({
  userId: id('judge', i),
  organization: `Đơn vị ${Math.floor(i / 4)}`,
  categoryKeys: i % 3 === 0 ? [] : [categories[i % 2]],
  fieldKeys: i % 5 === 0 ? [] : [fields[i % 4]],
}));
const entries = Array.from({ length: entryCount }, (_, i) => ({
  entryId: id('entry', i),
  label: `QNG5-${String(i + 1).padStart(4, '0')}`,
  categoryKey: categories[Math.floor(rand() * 2)],
  fieldKey: fields[Math.floor(rand() * 4)],
}));
const conflicted = new Set();
for (const judge of judges)
  for (const entry of entries)
    if (rand() < conflictRate) conflicted.add(`${judge.userId}|${entry.entryId}`);

const { planAssignments } = await loadPlanner();
const input = {
  reviewsPerEntry: reviews,
  judges,
  entries,
  existing: [],
  conflicts: { has: (judgeUserId, entryId) => conflicted.has(`${judgeUserId}|${entryId}`) },
};
const RUNS = 3;
const times = [];
let plan;
for (let run = 0; run < RUNS; run++) {
  const started = process.hrtime.bigint();
  plan = planAssignments(input, { batchEntries });
  times.push(Math.round(Number(process.hrtime.bigint() - started) / 1e6));
}
const ms = [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)];

const matched = plan.assignments.filter((a) => {
  const judge = judges.find((j) => j.userId === a.judgeUserId);
  const entry = entries[Number(a.entryId.slice(6))];
  return judge.categoryKeys.includes(entry.categoryKey);
}).length;
console.log(
  JSON.stringify(
    {
      scenario: {
        entries: entryCount,
        judges: judgeCount,
        reviews,
        conflictRate,
        conflicts: conflicted.size,
      },
      batchEntries: batchEntries ?? 'default',
      ms,
      runsMs: times,
      slots: plan.slots,
      loads: plan.summary,
      categoryMatched: `${((100 * matched) / plan.assignments.length).toFixed(1)} %`,
      unfilled: plan.unfilled.length,
      rssMb: Math.round(process.memoryUsage().rss / 1048576),
    },
    null,
    2,
  ),
);
