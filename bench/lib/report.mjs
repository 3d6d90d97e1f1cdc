// The table printed at the end of a run and the JSON kept under bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

// The smoke test points this at a temporary folder so a test run leaves no result behind.
const RESULTS = process.env.BENCH_RESULTS_DIR ?? join('bench', 'results');
const fixed = (n, digits = 0) => (n === undefined || n === null ? '-' : n.toFixed(digits));
// A few recomputations a second would all read "0" or "1" without a decimal.
const rate = (n) => fixed(n, n < 10 ? 1 : 0);

/**
 * One Markdown table: absolute figures, the ratio to the bare baseline, latencies, the
 * measured server's own CPU per request where the scenario reads it, memory.
 */
export function table(rows) {
  const lines = [
    '| scenario | case | platform | bare | ratio | p50 ms (platform / bare) | p99 ms (platform / bare) | p99 ratio | CPU ms per request (server: platform / bare) | errors | peak RSS MiB (portal / worker) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    const { platform: p, bare: b } = row;
    lines.push(
      `| ${row.scenario} | ${row.case} | ${rate(p.perSecond)} ${row.unit} | ${b ? rate(b.perSecond) : '-'} | ` +
        `${b ? fixed(p.perSecond / b.perSecond, 2) : '-'} | ${fixed(p.p50)} / ${b ? fixed(b.p50) : '-'} | ` +
        `${fixed(p.p99)} / ${b ? fixed(b.p99) : '-'} | ${b ? fixed(p.p99 / b.p99, 2) : '-'} | ` +
        `${fixed(p.cpuPerRequest, 2)} / ${fixed(b?.cpuPerRequest, 2)} | ` +
        `${p.errors}${b ? ` / ${b.errors}` : ''} | ${row.peakRss.portal} / ${row.peakRss.worker} |`,
    );
  }
  return lines.join('\n');
}

/** Writes `<time>.json` (ignored by git) and `last.md` (committed with the README figures). */
export function save(run) {
  mkdirSync(RESULTS, { recursive: true });
  const stamp = run.startedAt.replace(/[:.]/g, '-');
  const file = join(RESULTS, `${stamp}.json`);
  const machine = `${cpus().length} cores, Node ${process.version}`;
  writeFileSync(file, JSON.stringify({ ...run, machine }, null, 2));
  if (!run.quick)
    writeFileSync(
      join(RESULTS, 'last.md'),
      `Run of ${run.startedAt} (${machine}, production profile; \`npm run bench -- ${run.scenarios.join(' ')}\`)\n\n${table(run.rows)}\n`,
    );
  return file;
}
