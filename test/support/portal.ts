import { randomBytes } from 'node:crypto';
import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/**
 * End-to-end tests run the built apps (dist/, built once by the global setup) as child
 * processes, exactly as they are deployed, and talk to them over HTTP. Every process's
 * output is kept under test/artifacts/logs so the log audit can read all of it.
 */
export const LOG_DIR = join(process.cwd(), 'test', 'artifacts', 'logs');

export interface RunningProcess {
  child: ChildProcess;
  env: Record<string, string>;
  logFile: string;
  /**
   * Settles once the process has exited and everything it printed is in its log file. The
   * 'exit' event alone comes before the pipes are drained, so a log read then may be empty.
   */
  logged: Promise<number | null>;
  /** Stops the process (SIGTERM, then SIGKILL after a grace period). */
  stop(): Promise<void>;
  /** Kills it at once, as a crash would. */
  kill(): Promise<void>;
}

export interface RunningPortal extends RunningProcess {
  url: string;
  port: number;
}

/** A free TCP port below 32768 (the kernel's range for outgoing connections starts there). */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port found');
}

let processCounter = 0;

export function spawnApp(
  app: 'portal' | 'worker' | 'cli',
  env: Record<string, string>,
  args: string[] = [],
): RunningProcess {
  mkdirSync(LOG_DIR, { recursive: true });
  // The counter starts again in every test file (each has its own module registry) while
  // the pid stays: the random part keeps one suite from reading another's old log file.
  const logFile = join(
    LOG_DIR,
    `${app}-${process.pid}-${++processCounter}-${randomBytes(3).toString('hex')}.log`,
  );
  const out = createWriteStream(logFile);
  const child = spawn(process.execPath, [join('dist', 'apps', app, 'main.js'), ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Two pipes share one file: neither may end it, or the other's last lines are lost. The
  // child's 'close' (all its stdio drained) ends the file; 'finish' means it is written.
  child.stdout?.pipe(out, { end: false });
  child.stderr?.pipe(out, { end: false });
  const logged = new Promise<number | null>((resolve) =>
    child.once('close', (code) => out.end(() => resolve(code))),
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stopWith = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  return {
    child,
    env,
    logFile,
    logged,
    stop: () => stopWith('SIGTERM'),
    kill: () => stopWith('SIGKILL'),
  };
}

export async function waitFor<T>(
  check: () => Promise<T | undefined | null | false>,
  what: string,
  timeoutMs = 20000,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
}

/** Runs `migration:run` of the CLI (the production profile does not migrate at start). */
export async function migrate(env: Record<string, string>): Promise<void> {
  const proc = spawnApp('cli', env, ['migration:run']);
  const code = await proc.logged;
  if (code !== 0) throw new Error(`migration:run exited with ${code}; see ${proc.logFile}`);
}

/**
 * Starts the portal on a free port and waits until /health answers 200. In the production
 * profile the schema is migrated first, as a deployment would.
 */
export async function startPortal(env: Record<string, string>): Promise<RunningPortal> {
  if (env.DATABASE_URL) await migrate(env);
  const port = await freePort();
  const proc = spawnApp('portal', { ...env, PORT: String(port), HOST: '127.0.0.1' });
  const url = `http://127.0.0.1:${port}`;
  try {
    // A generous cap: on a busy machine several apps start at once. An exit ends the
    // wait at once.
    await waitFor(
      async () => {
        if (proc.child.exitCode !== null) return 'exited';
        const res = await fetch(`${url}/health`);
        return res.status === 200;
      },
      'the portal to start',
      90_000,
    );
    if (proc.child.exitCode !== null)
      throw new Error(`portal exited with ${proc.child.exitCode}; see ${proc.logFile}`);
  } catch (error) {
    await proc.kill();
    throw error;
  }
  return { ...proc, url, port };
}
