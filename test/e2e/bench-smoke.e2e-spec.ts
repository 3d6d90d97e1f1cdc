import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';

/**
 * `npm run bench` stays out of the test run (it takes minutes and measures the machine);
 * this runs its smallest scenario end to end so the harness cannot rot unnoticed. The
 * bench is defined on the production profile only (MariaDB, Redis, worker, SMTP), so
 * this suite has no embedded twin.
 */
describe('npm run bench (smoke)', () => {
  const results = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
  afterAll(() => rmSync(results, { recursive: true, force: true }));

  it('runs the deadline night at its smallest size against the bare server and writes its JSON', async () => {
    const child = spawn(process.execPath, ['bench/run.mjs', 'deadline-night', '--quick'], {
      env: { ...process.env, BENCH_RESULTS_DIR: results },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect({ code, output }).toEqual({
      code: 0,
      output: expect.stringContaining('| deadline-night |'),
    });

    const [file] = readdirSync(results).filter((name) => name.endsWith('.json'));
    const run = JSON.parse(readFileSync(join(results, file), 'utf8')) as {
      ok: boolean;
      rows: Array<{
        platform: { requests: number; errors: number };
        bare: { requests: number; errors: number };
      }>;
      checks: Record<string, { expected: number; snapshots: number; receiptsSent: number }>;
    };
    expect(run.ok).toBe(true);
    expect(run.rows).toHaveLength(1);
    expect(run.rows[0].platform).toMatchObject({ requests: 10, errors: 0 });
    expect(run.rows[0].bare).toMatchObject({ requests: 10, errors: 0 });
    const checks = run.checks['deadline-night'];
    expect(checks.snapshots).toBe(checks.expected);
    expect(checks.receiptsSent).toBe(checks.expected);
  }, 300_000);
});
