// The production profile on this machine for one bench run: a throw-away MariaDB database
// (migrated), the shared Redis under its own queue prefix, a local SMTP sink, and the built
// portal and worker as child processes whose resident memory is sampled.
import { spawn } from 'node:child_process';
import { mkdirSync, createWriteStream, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import { loadEnvironment } from '../../test/load/harness.mjs';
import { bundle } from './bundle.mjs';

const LOG_DIR = join(process.env.BENCH_RESULTS_DIR ?? join('bench', 'results'), 'logs');

/** A port below 32768 (the kernel hands out the range above to outgoing connections). */
export async function freePort() {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    const free = await new Promise((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port found');
}

/** Polls `check` until it returns a truthy value; a generous cap, never a fixed sleep. */
export async function waitFor(check, what, timeoutMs = 120_000, everyMs = 50) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch {
      // not there yet
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * CPU time (user + system) a process has used so far, in ms, from /proc: a server's own CPU
 * per request moves far less with other jobs on the machine than its throughput does.
 */
export function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
// Linux reports process times in clock ticks of 1/100 s (USER_HZ) on every architecture.
const CLOCK_TICKS = 100;

/** Resident memory of a process in MiB, or 0 once it is gone. */
export function rssMiB(pid) {
  try {
    const kb = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1];
    return Math.round(Number(kb) / 1024);
  } catch {
    return 0;
  }
}

/** Keeps the highest RSS of each named process until `take()` is called. */
export function peakSampler(processes) {
  const peaks = Object.fromEntries(Object.keys(processes).map((name) => [name, 0]));
  const sample = () => {
    for (const [name, pid] of Object.entries(processes))
      peaks[name] = Math.max(peaks[name], rssMiB(pid()));
  };
  sample();
  const timer = setInterval(sample, 25);
  return {
    take() {
      sample();
      clearInterval(timer);
      return peaks;
    },
  };
}

let spawned = 0;

/** Starts `node <script>` with its output in a log file under bench/results/logs. */
export function spawnNode(name, args, env) {
  mkdirSync(LOG_DIR, { recursive: true });
  const logFile = join(LOG_DIR, `${name}-${process.pid}-${++spawned}.log`);
  const out = createWriteStream(logFile);
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out, { end: false });
  child.stderr.pipe(out, { end: false });
  child.once('close', () => out.end());
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    child,
    logFile,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export async function waitForHealth(proc, url, what) {
  await waitFor(async () => {
    if (proc.child.exitCode !== null) throw new Error(`${what} exited; see ${proc.logFile}`);
    return (await fetch(`${url}/health`)).ok;
  }, what);
  if (proc.child.exitCode !== null) throw new Error(`${what} exited; see ${proc.logFile}`);
}

/**
 * The SMTP sink (bench/lib/smtp-sink.mjs) as a child process; `counts()` asks it what it got,
 * `counts(k)` also when the k-th mail came (`nthAt`).
 */
export async function startSmtpSink() {
  const [port, httpPort] = [await freePort(), await freePort()];
  const proc = spawnNode('smtp-sink', ['bench/lib/smtp-sink.mjs'], {
    PATH: process.env.PATH,
    SMTP_PORT: String(port),
    HTTP_PORT: String(httpPort),
  });
  const counts = async (nth = 0) =>
    (await fetch(`http://127.0.0.1:${httpPort}/?nth=${nth}`)).json();
  await waitFor(async () => {
    if (proc.child.exitCode !== null) throw new Error(`the SMTP sink exited; see ${proc.logFile}`);
    return counts();
  }, 'the SMTP sink');
  return { url: `smtp://127.0.0.1:${port}`, counts, close: () => proc.stop() };
}

/**
 * The whole stack. `env` is what the apps see; `db` is a mysql2 pool on the scratch
 * database for seeding and checks; `stop()` ends the processes and drops the database.
 * With `instances: 2`, two portals and two workers share the database, Redis and the sink,
 * and `url` is a round-robin proxy in front of the portals (consecutive requests of one
 * client land on different portals), as several hosts behind a load balancer would be.
 */
export async function startStack({
  withWorker = true,
  extraEnv = {},
  profileDir,
  instances = 1,
} = {}) {
  const smtp = await startSmtpSink();
  const scratch = loadEnvironment('production', {
    SMTP_URL: smtp.url,
    PUBLIC_URL: 'http://bench.localhost',
    ...extraEnv,
  });
  const db = mysql.createPool({
    uri: scratch.env.DATABASE_URL.replace(/^mariadb:/, 'mysql:'),
    connectionLimit: 4,
    multipleStatements: true,
  });
  // --profile: the portal and the worker write a V8 CPU profile when they stop (open it in Chrome's DevTools).
  const cpuProf = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const suffix = (i) => (i === 0 ? '' : `-${i + 1}`);
  const portals = [];
  const portalUrls = [];
  for (let i = 0; i < instances; i++) {
    // The first portal listens where the environment says; the others on ports of their own.
    const port = i === 0 ? scratch.env.PORT : String(await freePort());
    portals.push(
      spawnNode(`portal${suffix(i)}`, [...cpuProf, 'dist/apps/portal/main.js'], {
        ...scratch.env,
        PORT: port,
      }),
    );
    portalUrls.push(i === 0 ? scratch.url : `http://127.0.0.1:${port}`);
  }
  const workers = [];
  for (let i = 0; withWorker && i < instances; i++)
    workers.push(
      spawnNode(`worker${suffix(i)}`, [...cpuProf, 'dist/apps/worker/main.js'], {
        ...scratch.env,
        PORT: String(await freePort()),
      }),
    );
  const stopApps = async () => {
    for (const proc of [...portals, ...workers]) await proc.stop();
  };
  let proxy = null;
  try {
    for (const [i, portal] of portals.entries())
      await waitForHealth(portal, portalUrls[i], `portal ${i + 1}`);
    if (instances > 1) {
      // The same small load balancer the two-instance fault test puts in front of two portals.
      const { balancer } = await bundle({ balancer: 'test/support/round-robin-proxy.ts' });
      proxy = await balancer.startRoundRobinProxy(portalUrls);
    }
  } catch (error) {
    await stopApps();
    await db.end();
    await smtp.close();
    scratch.drop();
    throw error;
  }
  const [portal] = portals;
  const worker = workers[0] ?? null;
  return {
    env: scratch.env,
    url: proxy?.url ?? scratch.url,
    /** Each portal's own address (one with a single instance). */
    portalUrls,
    /** With several instances: for each request so far, which portal answered it. */
    served: proxy?.served ?? [],
    database: scratch.env.QUEUE_PREFIX,
    db,
    smtp,
    portal,
    worker,
    /** Resolves once every worker has started its consumers (its start-up line is logged). */
    workerStarted: () =>
      waitFor(
        () =>
          workers.length > 0 &&
          workers.every((w) => readFileSync(w.logFile, 'utf8').includes('Worker started')),
        'the worker',
      ),
    pids: {
      portal: () => portal.child.pid,
      worker: () => worker?.child.pid ?? 0,
      workers: () => workers.map((w) => w.child.pid),
    },
    async stop() {
      await proxy?.close();
      await stopApps();
      await db.end();
      await smtp.close();
      scratch.drop();
    },
  };
}

/** The bare baseline server (bench/bare/server.mjs) on the same database and secret. */
export async function startBare(stack) {
  const port = await freePort();
  const proc = spawnNode('bare', ['bench/bare/server.mjs'], {
    PATH: process.env.PATH,
    PORT: String(port),
    BARE_DATABASE_URL: stack.env.DATABASE_URL.replace(/^mariadb:/, 'mysql:'),
    BARE_POOL_SIZE: stack.env.DB_POOL_SIZE ?? '10',
    JWT_SECRET: stack.env.JWT_SECRET,
    PUBLIC_URL: stack.env.PUBLIC_URL,
    BARE_REDIS_URL: stack.env.REDIS_URL,
    BARE_QUEUE_PREFIX: stack.env.QUEUE_PREFIX,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(proc, url, 'the bare server');
  return { url, pid: () => proc.child.pid, stop: () => proc.stop() };
}

/**
 * One more portal instance on the same database, Redis prefix and secret, as a second
 * instance behind the load balancer would be (live events reach it through Redis).
 */
export async function startPortalInstance(stack) {
  const port = await freePort();
  const proc = spawnNode('portal', ['dist/apps/portal/main.js'], {
    ...stack.env,
    PORT: String(port),
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(proc, url, 'the second portal');
  return { url, pid: () => proc.child.pid, stop: () => proc.stop() };
}

/** Waits until the worker has delivered every outbox row (none pending or queued). */
export async function outboxDrained(stack) {
  await waitFor(
    async () => {
      const [[row]] = await stack.db.query(
        "SELECT COUNT(*) AS open FROM notifications WHERE status IN ('pending', 'queued')",
      );
      return Number(row.open) === 0;
    },
    'the outbox to drain',
    300_000,
    100,
  );
}
