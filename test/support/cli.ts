import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOG_DIR } from './portal';

let runs = 0;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command of the built CLI (dist/apps/cli) and collects what it printed, which is
 * also kept under test/artifacts/logs like every other process's output.
 */
export function runCli(env: Record<string, string>, args: string[]): Promise<CliRun> {
  const child = spawn(process.execPath, [join('dist', 'apps', 'cli', 'main.js'), ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  // Decoded as streams, so a character split between two chunks stays whole.
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  // 'close' comes after both output streams have ended, so nothing printed is lost.
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      mkdirSync(LOG_DIR, { recursive: true });
      const log = join(LOG_DIR, `cli-${process.pid}-run-${++runs}.log`);
      writeFileSync(log, `$ cli ${args.join(' ')}\n${stdout}${stderr}exit code ${code}\n`);
      resolve({ code, stdout, stderr });
    });
  });
}
