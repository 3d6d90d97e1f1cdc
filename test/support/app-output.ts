import { readFileSync } from 'node:fs';
import type { RunningProcess } from './portal';
import { waitFor } from './portal';

/** Everything the process has printed so far (stdout and stderr, as kept in its log file). */
export function outputOf(proc: RunningProcess): string {
  try {
    return readFileSync(proc.logFile, 'utf8');
  } catch (error) {
    // The log file is opened asynchronously: until then the process has printed nothing.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

/** Waits until the process exits and its output is all in its log file; its exit code. */
export function exitCodeOf(proc: RunningProcess): Promise<number | null> {
  return proc.logged;
}

/** Waits until the process has printed `text`; fails early when it exits first. */
export async function waitForOutput(proc: RunningProcess, text: string): Promise<string> {
  return waitFor(
    async () => {
      const output = outputOf(proc);
      if (output.includes(text)) return output;
      if (proc.child.exitCode !== null)
        throw new Error(`exited with ${proc.child.exitCode}:\n${output}`);
      return undefined;
    },
    `"${text}" in ${proc.logFile}`,
    90_000,
  );
}
