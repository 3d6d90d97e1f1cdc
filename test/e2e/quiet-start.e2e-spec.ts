import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outputOf, waitForOutput } from '../support/app-output';
import { RunningProcess, freePort, spawnApp, waitFor } from '../support/portal';

/**
 * `npm start` on a fresh checkout: the embedded profile in development with the demo seed.
 * A person reads this output; the banner with the address and the demo sign-ins must be
 * what they see last, not buried under Nest's line per route.
 */
describe('the start of the embedded portal in development', () => {
  let portal: RunningProcess;
  let port: number;
  afterAll(() => portal?.stop());

  beforeAll(async () => {
    port = await freePort();
    // No NODE_ENV, no SEED_DEMO: what `npm start` gives.
    portal = spawnApp('portal', {
      VAR_DIR: mkdtempSync(join(tmpdir(), 'scp-start-')),
      PORT: String(port),
    });
    await waitForOutput(portal, 'applicant@demo.khoinghiep.vn');
    await waitFor(
      async () => (await fetch(`http://127.0.0.1:${port}/health`)).status === 200,
      'the portal to answer',
    );
  });

  it('prints no line per route or module, and no JSON', () => {
    const output = outputOf(portal);
    expect(output).not.toMatch(/RoutesResolver|RouterExplorer|Mapped \{|InstanceLoader/);
    expect(output.split('\n').filter((line) => line.startsWith('{'))).toEqual([]);
    // A few readable lines, not hundreds.
    expect(output.trim().split('\n').length).toBeLessThan(20);
    expect(output).toMatch(/INFO: \[NestApplication\] Nest application successfully started/);
  });

  it('ends with the banner: the address and the demo sign-ins', () => {
    const lines = outputOf(portal).trimEnd().split('\n');
    expect(lines.slice(-5)).toEqual([
      `Portal listening on 127.0.0.1:${port}, for people at http://localhost:${port}`,
      'Demo accounts (password: khoinghiep-demo-2026):',
      expect.stringMatching(/^ +organizer +organizer@demo\.khoinghiep\.vn$/),
      expect.stringMatching(/^ +judge +judge@demo\.khoinghiep\.vn$/),
      expect.stringMatching(/^ +applicant +applicant@demo\.khoinghiep\.vn$/),
    ]);
  });
});
