// The ranking recomputation of a large round, fully scored: 5,000 entries in 5 categories,
// 100 judges, 3 reviews each (15,000 scores), every method. Pure computation: the pure
// code is bundled from source with rspack, then timed; the database is not involved.
//   node test/load/ranking-15000.mjs
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { rspack } from '@rspack/core';

const ENTRIES = 5000;
const JUDGES = 100;
const REVIEWS = 3;
const CATEGORIES = 5;
const RUNS = 5;
const root = resolve(import.meta.dirname, '../..');

async function bundle() {
  const out = mkdtempSync(join(tmpdir(), 'ranking-load-'));
  const compiler = rspack({
    mode: 'production',
    target: 'node20',
    entry: {
      ranking: join(root, 'libs/judging/src/ranking/compute-ranking.ts'),
      bias: join(root, 'libs/judging/src/ranking/methods/bias-model.ts'),
      totals: join(root, 'libs/judging/src/ranking/methods/review-totals.ts'),
    },
    output: { path: out, filename: '[name].cjs', library: { type: 'commonjs2' } },
    resolve: {
      extensions: ['.ts', '.js'],
      alias: { '@app/contests': join(root, 'libs/contests/src') },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: 'builtin:swc-loader',
          options: { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } },
        },
      ],
    },
    optimization: { minimize: false },
  });
  await new Promise((done, fail) =>
    compiler.run((error, stats) =>
      error || stats.hasErrors() ? fail(error ?? new Error(stats.toString())) : done(),
    ),
  );
  const load = createRequire(import.meta.url);
  return {
    ...load(join(out, 'ranking.cjs')),
    ...load(join(out, 'bias.cjs')),
    ...load(join(out, 'totals.cjs')),
  };
}

/** Deterministic pseudo-random numbers (mulberry32), so every run ranks the same round. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function round() {
  const next = random(2026);
  const criteria = [
    { key: 'doi-moi', weight: 1, maxScore: 40 },
    { key: 'kha-thi', weight: 1, maxScore: 30 },
    { key: 'doi-ngu', weight: 1, maxScore: 30 },
  ];
  const id = (prefix, n) => `${prefix}-${String(n).padStart(5, '0')}`;
  const severity = Array.from({ length: JUDGES }, () => (next() - 0.5) * 20);
  const entries = [];
  const reviews = [];
  for (let e = 0; e < ENTRIES; e++) {
    entries.push({
      entryId: id('e', e),
      code: id('QNG5', e),
      categoryKey: `bang-${e % CATEGORIES}`,
    });
    const quality = 0.3 + next() * 0.6;
    // Consecutive judges per entry: every judge gets exactly 150 reviews.
    for (let k = 0; k < REVIEWS; k++) {
      const judge = (e * REVIEWS + k) % JUDGES;
      const values = {};
      for (const c of criteria) {
        const share = quality + severity[judge] / 100 + (next() - 0.5) * 0.2;
        values[c.key] = Math.max(0, Math.min(c.maxScore, Math.round(share * c.maxScore)));
      }
      reviews.push({ judgeUserId: id('j', judge), entryId: id('e', e), values });
    }
  }
  return { criteria, entries, reviews };
}

const { computeRanking, biasModel, reviewTotals } = await bundle();
const input = round();
const rule = { topNPerCategory: 100, minTotal: 50 };
const times = [];
let content;
for (let run = 0; run < RUNS; run++) {
  const started = performance.now();
  content = computeRanking(input, rule);
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const biasStarted = performance.now();
const bias = biasModel(reviewTotals(input));
const biasMs = performance.now() - biasStarted;
const json = JSON.stringify(content);
console.log(
  JSON.stringify(
    {
      scenario: 'ranking recomputation, all methods',
      entries: ENTRIES,
      judges: JUDGES,
      scores: input.reviews.length,
      runs: RUNS,
      msMin: Math.round(times[0]),
      msMedian: Math.round(times[Math.floor(RUNS / 2)]),
      msMax: Math.round(times[RUNS - 1]),
      biasModelMs: Math.round(biasMs),
      biasModelIterations: bias.iterations,
      biasModelConverged: bias.converged,
      storedBytes: Buffer.byteLength(json),
      methodSensitiveEntries: content.methodSensitivity.length,
      disagreements: content.entries.filter((e) => e.disagreement).length,
    },
    null,
    2,
  ),
);
