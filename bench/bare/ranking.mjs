// The bare baseline of the ranking recomputation: the same score rows read with mysql2
// and the same standings (score and competition rank, per category and overall, for every
// method) computed in plain loops, with no framework. The functions are also timed one
// method at a time by bench/scenarios/ranking-recompute.mjs. As a script it recomputes a
// round RUNS times, storing each result as JSON the way the platform does, and prints the
// times and the last standings:
//   BARE_DATABASE_URL=mysql://... ROUND_ID=... RUNS=5 node bench/bare/ranking.mjs
import mysql from 'mysql2/promise';

export const METHODS = ['weighted_mean', 'trimmed_mean', 'z_score', 'bias_model'];

const round4 = (x) => Math.round(x * 1e4) / 1e4;

/** Review totals on the round's scale, in row order; `byEntry` groups their indexes. */
export function totalsOf(criteria, reviews) {
  const scale =
    criteria.length === 0 || criteria.some((c) => c.weight !== 1)
      ? 100
      : criteria.reduce((s, c) => s + c.maxScore, 0);
  const maximum = criteria.reduce((s, c) => s + c.maxScore * c.weight, 0);
  const totals = new Float64Array(reviews.length);
  for (let i = 0; i < reviews.length; i++) {
    let weighted = 0;
    for (const c of criteria) weighted += (reviews[i].values[c.key] ?? 0) * c.weight;
    totals[i] = maximum === 0 ? 0 : (weighted * scale) / maximum;
  }
  return totals;
}

function groups(reviews, key) {
  const map = new Map();
  reviews.forEach((r, i) => {
    const list = map.get(r[key]);
    if (list) list.push(i);
    else map.set(r[key], [i]);
  });
  return map;
}

const meanAt = (values, idx) => idx.reduce((s, i) => s + values[i], 0) / idx.length;
const stdDevAt = (values, idx) => {
  const m = meanAt(values, idx);
  return Math.sqrt(idx.reduce((s, i) => s + (values[i] - m) ** 2, 0) / idx.length);
};

export const methods = {
  weighted_mean(reviews, totals) {
    const out = new Map();
    for (const [entry, idx] of groups(reviews, 'entryId')) out.set(entry, meanAt(totals, idx));
    return out;
  },
  trimmed_mean(reviews, totals) {
    const out = new Map();
    for (const [entry, idx] of groups(reviews, 'entryId')) {
      if (idx.length < 5) out.set(entry, meanAt(totals, idx));
      else {
        const sorted = idx
          .map((i) => totals[i])
          .sort((a, b) => a - b)
          .slice(1, -1);
        out.set(entry, sorted.reduce((s, v) => s + v, 0) / sorted.length);
      }
    }
    return out;
  },
  z_score(reviews, totals) {
    const z = new Float64Array(totals.length);
    for (const idx of groups(reviews, 'judgeUserId').values()) {
      const m = meanAt(totals, idx);
      const sd = stdDevAt(totals, idx);
      for (const i of idx) z[i] = idx.length < 2 || sd === 0 ? 0 : (totals[i] - m) / sd;
    }
    const all = Array.from(totals.keys());
    const roundMean = all.length ? meanAt(totals, all) : 0;
    const roundSd = all.length ? stdDevAt(totals, all) : 0;
    const out = new Map();
    for (const [entry, idx] of groups(reviews, 'entryId'))
      out.set(entry, roundMean + meanAt(z, idx) * roundSd);
    return out;
  },
  // total = quality(entry) + severity(judge), least squares with a ridge of 5 reviews on
  // the severities, Gauss-Seidel to a tolerance of 1e-9 started from the direct solution
  // of the judges' system (the platform's documented model and solver).
  bias_model(reviews, totals) {
    const judges = [...new Set(reviews.map((r) => r.judgeUserId))].sort();
    const entries = [...new Set(reviews.map((r) => r.entryId))].sort();
    const ji = new Map(judges.map((id, i) => [id, i]));
    const ei = new Map(entries.map((id, i) => [id, i]));
    const jOf = Int32Array.from(reviews, (r) => ji.get(r.judgeUserId));
    const eOf = Int32Array.from(reviews, (r) => ei.get(r.entryId));
    const jn = new Float64Array(judges.length);
    const en = new Float64Array(entries.length);
    for (let r = 0; r < totals.length; r++) (jn[jOf[r]]++, en[eOf[r]]++);
    const b = new Float64Array(judges.length);
    const q = new Float64Array(entries.length);
    const js = new Float64Array(judges.length);
    const es = new Float64Array(entries.length);
    const updateQ = () => {
      es.fill(0);
      for (let r = 0; r < totals.length; r++) es[eOf[r]] += totals[r] - b[jOf[r]];
      for (let e = 0; e < q.length; e++) q[e] = es[e] / en[e];
    };
    const exact = direct(jOf, eOf, totals, jn, en);
    if (exact) b.set(exact);
    updateQ();
    let converged = totals.length === 0;
    for (let it = 0; !converged && it < 1000; it++) {
      const previous = Float64Array.from(b);
      js.fill(0);
      for (let r = 0; r < totals.length; r++) js[jOf[r]] += totals[r] - q[eOf[r]];
      let m = 0;
      for (let j = 0; j < b.length; j++) m += b[j] = js[j] / (jn[j] + 5);
      m /= b.length;
      converged = true;
      for (let j = 0; j < b.length; j++) {
        b[j] -= m;
        if (Math.abs(b[j] - previous[j]) >= 1e-9) converged = false;
      }
      updateQ();
    }
    return new Map(entries.map((id, e) => [id, q[e]]));
  },
};

/** The judges' system with the qualities eliminated, plus 1 1^T, by Cholesky; null if singular. */
function direct(jOf, eOf, totals, jn, en) {
  const J = jn.length;
  const members = Array.from({ length: en.length }, () => []);
  for (let r = 0; r < totals.length; r++) members[eOf[r]].push(r);
  const a = new Float64Array(J * J).fill(1);
  const y = new Float64Array(J);
  for (let j = 0; j < J; j++) a[j * J + j] += jn[j] + 5;
  for (const rs of members) {
    const mean = rs.reduce((s, r) => s + totals[r], 0) / rs.length;
    for (const r of rs) {
      y[jOf[r]] += totals[r] - mean;
      for (const k of rs) a[jOf[r] * J + jOf[k]] -= 1 / rs.length;
    }
  }
  for (let i = 0; i < J; i++)
    for (let k = 0; k <= i; k++) {
      let sum = a[i * J + k];
      for (let m = 0; m < k; m++) sum -= a[i * J + m] * a[k * J + m];
      if (i === k) {
        if (!(sum > 1e-9 * (jn[i] + 6))) return null;
        a[i * J + i] = Math.sqrt(sum);
      } else a[i * J + k] = sum / a[k * J + k];
    }
  for (let i = 0; i < J; i++) {
    for (let m = 0; m < i; m++) y[i] -= a[i * J + m] * y[m];
    y[i] /= a[i * J + i];
  }
  for (let i = J - 1; i >= 0; i--) {
    for (let m = i + 1; m < J; m++) y[i] -= a[m * J + i] * y[m];
    y[i] /= a[i * J + i];
  }
  return y;
}

/** Competition ranks ("1224") of rounded scores, overall and within each category. */
export function rank(entries, scores) {
  const scored = entries
    .map((e) => ({ ...e, score: scores.has(e.entryId) ? round4(scores.get(e.entryId)) : null }))
    .filter((e) => e.score !== null)
    .sort((a, b) => b.score - a.score);
  const out = new Map(entries.map((e) => [e.entryId, { score: null, rank: null, overall: null }]));
  const last = new Map();
  scored.forEach((e, i) => {
    const prev = i > 0 ? scored[i - 1] : null;
    const overall = prev && prev.score === e.score ? out.get(prev.entryId).overall : i + 1;
    const cat = last.get(e.categoryKey) ?? { n: 0, score: null, rank: 0 };
    cat.n++;
    const inCategory = cat.score === e.score ? cat.rank : cat.n;
    last.set(e.categoryKey, { n: cat.n, score: e.score, rank: inCategory });
    out.set(e.entryId, { score: e.score, rank: inCategory, overall });
  });
  return out;
}

/** Every method's standings: entryId -> method -> { score, rank, overall }. */
export function standings(criteria, entries, rows) {
  const known = new Set(entries.map((e) => e.entryId));
  const reviews = rows.filter((r) => known.has(r.entryId));
  const totals = totalsOf(criteria, reviews);
  const out = {};
  for (const method of METHODS) {
    const ranks = rank(entries, methods[method](reviews, totals));
    for (const [entryId, standing] of ranks) (out[entryId] ??= {})[method] = standing;
  }
  return out;
}

/** The same three reads as the platform: the round, its submitted scores, its entries. */
export async function readRound(db, roundId) {
  const [[round]] = await db.query('SELECT criteria FROM contest_rounds WHERE id = ?', [roundId]);
  const [[rows], [entries]] = await Promise.all([
    db.query(
      "SELECT judgeUserId, entryId, `values` FROM scores WHERE roundId = ? AND status = 'submitted' ORDER BY entryId, judgeUserId",
      [roundId],
    ),
    db.query(
      `SELECT e.id AS entryId, e.code, c.key AS categoryKey FROM entries e JOIN contest_categories c ON c.id = e.categoryId
       WHERE e.id IN (SELECT entryId FROM round_entries WHERE roundId = ?)
          OR e.id IN (SELECT entryId FROM scores WHERE roundId = ? AND status = 'submitted') ORDER BY e.code`,
      [roundId, roundId],
    ),
  ]);
  for (const row of rows) row.values = JSON.parse(row.values);
  return { criteria: JSON.parse(round.criteria), entries, rows };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const db = mysql.createPool({ uri: process.env.BARE_DATABASE_URL, connectionLimit: 4 });
  await db.query(
    'CREATE TABLE IF NOT EXISTS bare_rankings (id INT AUTO_INCREMENT PRIMARY KEY, roundId VARCHAR(36), content LONGTEXT)',
  );
  const times = [];
  let result;
  for (let run = 0; run < Number(process.env.RUNS); run++) {
    const started = performance.now();
    const { criteria, entries, rows } = await readRound(db, process.env.ROUND_ID);
    result = standings(criteria, entries, rows);
    await db.query('INSERT INTO bare_rankings (roundId, content) VALUES (?, ?)', [
      process.env.ROUND_ID,
      JSON.stringify(result),
    ]);
    times.push(performance.now() - started);
  }
  await db.end();
  process.stdout.write(JSON.stringify({ times, standings: result }));
}
