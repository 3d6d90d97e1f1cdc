// What every load scenario needs: a scratch database, a portal started from the built
// bundle, its memory, and percentiles. Scenarios run after `npm run build`.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A fresh environment on the production profile (its own MariaDB database and queue
 * prefix on the shared services) or the embedded one; rate limits out of the way.
 */
export function loadEnvironment(profile = 'production', extra = {}) {
  const database = `load_${randomBytes(4).toString('hex')}`;
  const port = 20000 + Math.floor(Math.random() * 10000);
  const env = {
    PATH: process.env.PATH,
    NODE_ENV: profile === 'production' ? 'production' : 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    VAR_DIR: mkdtempSync(join(tmpdir(), 'load-')),
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
    QUEUE_PREFIX: database,
    SEED_DEMO: 'false',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
    AUTH_RATE_LIMIT_PER_HOUR: '1000000',
    AUTH_ACCOUNT_RATE_LIMIT_PER_HOUR: '2000000',
    AUTH_IP_RATE_LIMIT_PER_MINUTE: '1000000',
    ...extra,
  };
  const production = profile === 'production';
  if (production) {
    execFileSync('mysql', ['-uroot', '-h127.0.0.1', '-e', `CREATE DATABASE ${database}`]);
    Object.assign(env, {
      DATABASE_URL: `mariadb://root@127.0.0.1:3306/${database}`,
      REDIS_URL: 'redis://127.0.0.1:6379',
    });
    execFileSync(process.execPath, ['dist/apps/cli/main.js', 'migration:run'], { env });
  }
  return {
    env,
    url: `http://127.0.0.1:${port}`,
    /** Runs SQL in the scratch database; returns the output without column names. */
    // Statements go through stdin: a bulk INSERT would not fit on a command line.
    sql: (statement) =>
      execFileSync('mysql', ['-uroot', '-h127.0.0.1', '-N', database], { input: statement })
        .toString()
        .trim(),
    cli: (...args) =>
      execFileSync(process.execPath, ['dist/apps/cli/main.js', ...args], { env }).toString(),
    drop: () =>
      production &&
      execFileSync('mysql', ['-uroot', '-h127.0.0.1', '-e', `DROP DATABASE ${database}`]),
  };
}

/** Starts the built portal and waits for /health; `rssMiB()` reads its resident memory. */
export async function startPortal({ env, url }) {
  const child = spawn(process.execPath, ['dist/apps/portal/main.js'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const rssMiB = () =>
    Math.round(
      Number(readFileSync(`/proc/${child.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]) / 1024,
    );
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${url}/health`)).ok) return { rssMiB, stop: () => child.kill('SIGTERM') };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('the portal did not start');
}

/** Samples a process's memory while work runs; returns the peak. */
export async function peakWhile(rssMiB, work) {
  let peak = rssMiB();
  const sampler = setInterval(() => (peak = Math.max(peak, rssMiB())), 20);
  try {
    return { result: await work(), peak };
  } finally {
    clearInterval(sampler);
  }
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** A small, valid PDF, optionally padded to `size` bytes with incompressible bytes. */
export function pdfOfSize(size = 0) {
  const head = Buffer.from(
    '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%',
    'latin1',
  );
  const tail = Buffer.from('\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');
  const padding = Math.max(0, size - head.length - tail.length);
  return Buffer.concat([head, randomBytes(padding), tail]);
}
