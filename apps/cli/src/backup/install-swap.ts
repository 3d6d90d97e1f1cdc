import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface Placement {
  /** The staged, verified copy; absent to only take `to` away (an old database's -wal). */
  from?: string;
  to: string;
}

/**
 * Moves a staged folder or file next to where it will go, so the final swap is a rename
 * within one folder (atomic, and never across file systems). Copies when the stage is on
 * another file system (STORAGE_DIR on its own volume).
 */
export async function stageBeside(staged: string, target: string): Promise<string> {
  await mkdir(dirname(target), { recursive: true });
  const near = join(
    dirname(target),
    `.${basename(target)}.restoring-${randomBytes(4).toString('hex')}`,
  );
  try {
    await rename(staged, near);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(staged, near, { recursive: true });
  }
  return near;
}

/**
 * Puts every staged copy in place at once, or none: what is there is first renamed aside,
 * the copies are renamed in, and only then is the old installation deleted. A failure on
 * the way renames everything back, so nothing is ever half-restored.
 */
export async function swapIn(placements: Placement[]): Promise<void> {
  const stamp = `replaced-${randomBytes(4).toString('hex')}`;
  const undo: Array<() => Promise<void>> = [];
  const aside: string[] = [];
  try {
    for (const { from, to } of placements) {
      if (existsSync(to)) {
        const old = `${to}.${stamp}`;
        await rename(to, old);
        aside.push(old);
        undo.push(() => rename(old, to));
      }
      if (from) {
        await rename(from, to);
        undo.push(() => rename(to, from));
      }
    }
  } catch (error) {
    for (const step of undo.reverse()) await step().catch(() => undefined);
    throw error;
  }
  for (const old of aside) await rm(old, { recursive: true, force: true });
}
