// Load scenario: sign-in throughput against the same run's baseline (GET /health: one
// database and one Redis round trip), with autocannon, 20 connections.
//   npm run build && node test/load/login-load.mjs [embedded|production] [seconds]
import autocannon from 'autocannon';
import { loadEnvironment, startPortal } from './harness.mjs';

const profile = process.argv[2] ?? 'production';
const seconds = Number(process.argv[3] ?? 10);
const scratch = loadEnvironment(profile);
// ASCII on purpose: autocannon sizes a string body by characters, not bytes.
const email = 'bench@example.vn';
const password = 'autocannon-sign-in-2026';
scratch.cli(
  'user:create',
  '--email',
  email,
  '--password',
  password,
  '--name',
  'Load',
  '--role',
  'applicant',
);
const portal = await startPortal(scratch);
try {
  const rssAfterStart = portal.rssMiB();
  const run = (request) =>
    autocannon({ url: scratch.url, duration: seconds, connections: 20, requests: [request] });
  const baseline = await run({ path: '/health' });
  const login = await run({
    path: '/api/v1/auth/login',
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const report = (name, r) =>
    `${name.padEnd(10)} ${r.requests.average.toFixed(0).padStart(6)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  non-2xx ${r.non2xx}  errors ${r.errors}`;
  console.log(`profile: ${profile}, ${seconds} s per scenario, 20 connections`);
  console.log(report('baseline', baseline));
  console.log(report('login', login));
  console.log(`login/baseline: ${(login.requests.average / baseline.requests.average).toFixed(4)}`);
  console.log(`portal RSS: ${rssAfterStart} MiB after start, ${portal.rssMiB()} MiB after load`);
} finally {
  portal.stop();
  scratch.drop();
}
