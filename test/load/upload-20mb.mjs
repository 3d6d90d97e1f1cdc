// Load scenario: time to upload a 20 MB pitch deck (PDF) to a production-profile portal
// (MariaDB + Redis), three runs, p50 reported. Run after `npm run build`:
//   node test/load/upload-20mb.mjs [runs]
// Prints each run's time and throughput, the p50, and the portal's peak RSS (the upload is
// streamed, so memory should not grow by the file's size).
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 3);
const SIZE = 20 * 1024 * 1024;
const port = 20000 + Math.floor(Math.random() * 10000);
const url = `http://127.0.0.1:${port}`;
const database = `load_${randomBytes(4).toString('hex')}`;
const sql = (statement) =>
  execFileSync('mysql', ['-uroot', '-h127.0.0.1', database, '-e', statement]);

const env = {
  PATH: process.env.PATH,
  NODE_ENV: 'production',
  PORT: String(port),
  HOST: '127.0.0.1',
  VAR_DIR: mkdtempSync(join(tmpdir(), 'load-')),
  JWT_SECRET: randomBytes(32).toString('hex'),
  LOG_LEVEL: 'warn',
  QUEUE_PREFIX: database,
  SEED_DEMO: 'false',
  DATABASE_URL: `mariadb://root@127.0.0.1:3306/${database}`,
  REDIS_URL: 'redis://127.0.0.1:6379',
  UPLOAD_MAX_FILES_PER_ENTRY: String(runs + 1),
};
execFileSync('mysql', ['-uroot', '-h127.0.0.1', '-e', `CREATE DATABASE ${database}`]);
execFileSync(process.execPath, ['dist/apps/cli/main.js', 'migration:run'], { env });
const email = 'upload-bench@example.vn';
const password = 'tai-len-ho-so-2026';
execFileSync(
  process.execPath,
  ['dist/apps/cli/main.js', 'user:create', '--email', email, '--password', password].concat([
    '--name',
    'Load',
    '--role',
    'applicant',
  ]),
  { env },
);
const ownerId = String(sql(`SELECT id FROM users WHERE email='${email}'`))
  .split('\n')[1]
  .trim();
const contestId = randomUUID();
const entryId = randomUUID();
sql(
  `INSERT INTO contests (id, slug, codePrefix, nameVi, nameEn, kind, descriptionVi, descriptionEn, status)
   VALUES ('${contestId}', 'tai-len', 'UPL', 'Tải lên', 'Upload', 'startup_competition', '-', '-', 'open');
   INSERT INTO entries (id, contestId, categoryId, ownerId, code, applicantType, title)
   VALUES ('${entryId}', '${contestId}', '${randomUUID()}', '${ownerId}', 'UPL-0001', 'team', 'Bench');`,
);

// A valid PDF header and trailer around 20 MB of incompressible padding.
const head = Buffer.from(
  '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%',
  'latin1',
);
const tail = Buffer.from('\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');
const pdf = Buffer.concat([head, randomBytes(SIZE - head.length - tail.length), tail]);

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
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const { accessToken } = await login.json();
  const rssBefore = rss();
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, rss())), 20);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const form = new FormData();
    form.append('kind', 'pitch_deck');
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), `pitch-deck-${i}.pdf`);
    const started = performance.now();
    const res = await fetch(`${url}/api/v1/entries/${entryId}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}` },
      body: form,
    });
    const body = await res.json();
    const ms = performance.now() - started;
    if (res.status !== 201 || body.sizeBytes !== SIZE)
      throw new Error(`upload ${i} failed: ${res.status} ${JSON.stringify(body)}`);
    times.push(ms);
    console.log(
      `run ${i + 1}: ${ms.toFixed(0)} ms (${(SIZE / 1048576 / (ms / 1000)).toFixed(0)} MiB/s)`,
    );
  }
  clearInterval(sampler);
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      scenario: 'upload-20mb',
      sizeBytes: SIZE,
      runs,
      p50Ms: Math.round(sorted[Math.floor((sorted.length - 1) / 2)]),
      timesMs: times.map(Math.round),
      rssBeforeMb: rssBefore,
      rssPeakMb: peak,
    }),
  );
} finally {
  portal.kill('SIGTERM');
  execFileSync('mysql', ['-uroot', '-h127.0.0.1', '-e', `DROP DATABASE ${database}`]);
}
