import { ChildProcess, spawn } from 'node:child_process';
import { connect } from 'node:net';
import { freePort, waitFor } from './portal';

export interface ThrowAwayRedis {
  port: number;
  url: string;
  /** Starts (again) on the same port, with an empty data set. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.setTimeout(500);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * A redis-server of its own on a spare port, without persistence, for tests that stop
 * Redis. The shared Redis of the machine is never touched.
 */
export async function startThrowAwayRedis(): Promise<ThrowAwayRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;

  const redis: ThrowAwayRedis = {
    port,
    url: `redis://127.0.0.1:${port}`,
    async start() {
      if (child) return;
      child = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        { stdio: 'ignore' },
      );
      const started = child;
      await waitFor(async () => {
        if (started.exitCode !== null) throw new Error(`redis-server exited (${started.exitCode})`);
        return answersPing(port);
      }, `redis-server on port ${port}`);
    },
    async stop() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGKILL');
      await exited;
    },
  };
  await redis.start();
  return redis;
}
