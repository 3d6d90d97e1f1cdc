// Load scenario: sign-in throughput against the same run's baseline (GET /health), on the
// production profile (MariaDB + Redis) or the embedded one. Run after `npm run build`:
//   node test/load/login-load.mjs [embedded|production] [seconds]
// Prints req/s, latency percentiles, errors, the ratio to the baseline and the portal's RSS.
import { spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const profile = process.argv[2] ?? 'production';
const seconds = Number(process.argv[3] ?? 10);
const port = 20000 + Math.floor(Math.random() * 10000);
const url = `http://127.0.0.1:${port}`;
const database = `load_${randomBytes(4).toString('hex')}`;

const env = {
  PATH: process.env.PATH,
  NODE_ENV: 'production',
  PORT: String(port),
  HOST: '127.0.0.1',
  VAR_DIR: mkdtempSync(join(tmpdir(), 'load-')),
  JWT_SECRET: randomBytes(32).toString('hex'),
  LOG_LEVEL: 'warn',
  AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
  AUTH_IP_RATE_LIMIT_PER_MINUTE: '1000000',
  QUEUE_PREFIX: database,
  SEED_DEMO: 'false',
};
if (profile === 'production') {
  execFileSync('mysql', ['-uroot', '-h127.0.0.1', '-e', `CREATE DATABASE ${database}`]);
  Object.assign(env, {
    DATABASE_URL: `mariadb://root@127.0.0.1:3306/${database}`,
    REDIS_URL: 'redis://127.0.0.1:6379',
  });
  execFileSync(process.execPath, ['dist/apps/cli/main.js', 'migration:run'], { env });
} else {
  env.NODE_ENV = 'development';
}
const email = 'bench@example.vn';
// ASCII on purpose: autocannon sizes a string body by characters, not bytes.
const password = 'autocannon-sign-in-2026';
execFileSync(
  process.execPath,
  [
    'dist/apps/cli/main.js',
    'user:create',
    '--email',
    email,
    '--password',
    password,
    '--name',
    'Load',
    '--role',
    'applicant',
  ],
  { env },
);

const portal = spawn(process.execPath, ['dist/apps/portal/main.js'], {
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
});
const rss = () =>
  Math.round(
    Number(readFileSync(`/proc/${portal.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]) / 1024,
  );
try {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  const rssAfterStart = rss();
  const run = (opts) => autocannon({ url, duration: seconds, connections: 20, ...opts });
  const baseline = await run({ path: '/health' });
  let sample;
  const login = await run({
    requests: [
      {
        path: '/api/v1/auth/login',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
        onResponse: (status, body) => {
          if (status !== 200) sample ??= `${status} ${body}`;
        },
      },
    ],
  });
  if (sample) console.log(`first failure: ${sample.slice(0, 300)}`);
  const report = (name, r) =>
    `${name.padEnd(10)} ${r.requests.average.toFixed(0).padStart(6)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  non-2xx ${r.non2xx}  errors ${r.errors}`;
  console.log(`profile: ${profile}, ${seconds} s per scenario, 20 connections`);
  console.log(report('baseline', baseline));
  console.log(report('login', login));
  console.log('login status codes:', JSON.stringify(login.statusCodeStats));
  console.log(`login/baseline: ${(login.requests.average / baseline.requests.average).toFixed(4)}`);
  console.log(`portal RSS: ${rssAfterStart} MiB after start, ${rss()} MiB after load`);
} finally {
  portal.kill('SIGTERM');
  if (profile === 'production')
    execFileSync('mysql', ['-uroot', '-h127.0.0.1', '-e', `DROP DATABASE ${database}`]);
}
