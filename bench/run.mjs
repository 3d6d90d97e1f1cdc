// `npm run bench [-- <scenario>...] [--quick]`: the platform measured against a bare
// node:http + mysql2 server on the production profile, in the same run. Needs the built
// apps (`npm run build`), MariaDB on 127.0.0.1:3306 (root) and Redis on 127.0.0.1:6379.
// --quick runs each scenario at its smallest size (the smoke test uses it); --profile has the
// portal and the worker write a CPU profile per scenario under bench/results/profiles.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { progressEnd } from './lib/drive.mjs';
import { save, table } from './lib/report.mjs';
import { startBare, startStack } from './lib/stack.mjs';
import * as announcement from './scenarios/announcement.mjs';
import * as assignment from './scenarios/assignment.mjs';
import * as deadlineNight from './scenarios/deadline-night.mjs';
import * as festival from './scenarios/festival.mjs';
import * as judgingEvening from './scenarios/judging-evening.mjs';
import * as rankingRecompute from './scenarios/ranking-recompute.mjs';
import * as scaleOut from './scenarios/scale-out.mjs';

const SCENARIOS = {
  [deadlineNight.name]: deadlineNight,
  [judgingEvening.name]: judgingEvening,
  [announcement.name]: announcement,
  [rankingRecompute.name]: rankingRecompute,
  [assignment.name]: assignment,
  [scaleOut.name]: scaleOut,
  [festival.name]: festival,
};

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const profileDir = args.includes('--profile') ? join('bench', 'results', 'profiles') : undefined;
const chosen = args.filter((a) => !a.startsWith('--'));
const unknown = chosen.filter((a) => !SCENARIOS[a]);
if (unknown.length) {
  console.error(
    `unknown scenario ${unknown.join(', ')}; known: ${Object.keys(SCENARIOS).join(', ')}`,
  );
  process.exit(2);
}
if (!existsSync('dist/apps/portal/main.js')) {
  console.error('run `npm run build` first: the bench measures the built apps');
  process.exit(2);
}
const names = chosen.length ? chosen : Object.keys(SCENARIOS);
const log = (line) => {
  progressEnd();
  console.error(line);
};

const run = { startedAt: new Date().toISOString(), quick, scenarios: names, rows: [], checks: {} };
let ok = true;
for (const scenarioName of names) {
  // A fresh stack per scenario: one scenario's rows and caches never help the next.
  log(
    `${scenarioName}: starting MariaDB scratch database, Redis prefix, SMTP sink, portal, worker, bare server`,
  );
  const { extraEnv, instances } = SCENARIOS[scenarioName];
  const stack = await startStack({ profileDir, extraEnv, instances });
  const bare = await startBare(stack);
  try {
    const outcome = await SCENARIOS[scenarioName].run({ stack, bare, quick, log });
    run.rows.push(...outcome.rows);
    run.checks[scenarioName] = outcome.checks;
    if (!outcome.ok) {
      ok = false;
      log(`${scenarioName}: CHECK FAILED ${JSON.stringify(outcome.checks)}`);
    }
  } finally {
    await bare.stop();
    await stack.stop();
  }
}
progressEnd();
run.ok = ok && run.rows.every((row) => row.platform.errors === 0 && (row.bare?.errors ?? 0) === 0);
const file = save(run);
console.log(table(run.rows));
console.log(`\nchecks: ${JSON.stringify(run.checks)}\nresults: ${file}`);
for (const row of run.rows)
  if (row.platform.firstError)
    console.log(`first platform error (${row.case}): ${row.platform.firstError}`);
if (!run.ok) process.exitCode = 1;
