// Drives requests and measures them: one keep-alive HTTP client shared by the platform and
// its bare baseline (so the load generator costs both the same), bursts fired at once or
// by a fixed number of clients in a loop, and a progress line while they run.
import http from 'node:http';
import { cpuMs } from './stack.mjs';

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

/** One request; resolves with status, body and latency, never rejects (errors count). */
export function request(baseUrl, method, path, { token, body, headers = {} } = {}) {
  const started = performance.now();
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve) => {
    const req = http.request(
      `${baseUrl}${path}`,
      {
        method,
        agent,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(payload ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode,
            body: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - started,
          }),
        );
      },
    );
    req.on('error', (error) =>
      resolve({ status: 0, body: String(error), ms: performance.now() - started }),
    );
    req.end(payload);
  });
}

let progressLabel = '';
let progressDone = 0;
let progressTotal = 0;
let progressStarted = 0;
const progressTimer = setInterval(() => {
  if (!progressLabel || !process.stderr.isTTY) return;
  const seconds = ((performance.now() - progressStarted) / 1000).toFixed(1);
  process.stderr.write(`\r\x1b[K${progressLabel}: ${progressDone}/${progressTotal} (${seconds} s)`);
}, 200);
progressTimer.unref();

/** The progress line: what runs now. Printed on a terminal, one line per step otherwise. */
export function progress(label, total = 0) {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${label}`);
  else process.stderr.write(`${label}\n`);
  progressLabel = label;
  progressDone = 0;
  progressTotal = total;
  progressStarted = performance.now();
}

export function progressEnd() {
  progressLabel = '';
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
}

/** `cpuOf`: the server whose CPU the run is charged with (its pid), if it is measured. */
function cpuMeter(cpuOf) {
  const before = cpuOf ? cpuMs(cpuOf()) : undefined;
  return () => {
    const after = cpuOf ? cpuMs(cpuOf()) : undefined;
    return before === undefined || after === undefined ? undefined : after - before;
  };
}

/** Runs every task at the same moment (a burst of `tasks.length` at once). */
export async function burst(label, tasks, { cpuOf } = {}) {
  progress(label, tasks.length);
  const cpu = cpuMeter(cpuOf);
  const started = performance.now();
  const results = await Promise.all(
    tasks.map(async (task) => {
      const result = await task();
      progressDone++;
      return result;
    }),
  );
  return { results, seconds: (performance.now() - started) / 1000, cpuMs: cpu() };
}

/** `clients` loops, each running its own list of steps one after another. */
export async function loops(label, perClient, { cpuOf } = {}) {
  progress(
    label,
    perClient.reduce((sum, steps) => sum + steps.length, 0),
  );
  const cpu = cpuMeter(cpuOf);
  const started = performance.now();
  const results = (
    await Promise.all(
      perClient.map(async (steps) => {
        const mine = [];
        for (const step of steps) {
          mine.push(await step(mine.at(-1)));
          progressDone++;
        }
        return mine;
      }),
    )
  ).flat();
  return { results, seconds: (performance.now() - started) / 1000, cpuMs: cpu() };
}

export function percentile(values, p) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Figures of several measured runs taken together. */
export function summarise(runs, isError = (r) => r.status === 0 || r.status >= 400) {
  const results = runs.flatMap((run) => run.results);
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
  const ms = results.map((r) => r.ms);
  const errors = results.filter(isError);
  return {
    requests: results.length,
    perSecond: seconds > 0 ? results.length / seconds : 0,
    p50: percentile(ms, 50),
    p99: percentile(ms, 99),
    errors: errors.length,
    // The measured server's own CPU per request, when every run measured it.
    cpuPerRequest: runs.every((run) => run.cpuMs !== undefined)
      ? runs.reduce((sum, run) => sum + run.cpuMs, 0) / results.length
      : undefined,
    firstError: errors[0] ? `${errors[0].status} ${errors[0].body.slice(0, 200)}` : undefined,
  };
}
