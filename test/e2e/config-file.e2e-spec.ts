import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { PROFILES, testEnvironment } from '../support/environment';
import { exitCodeOf, outputOf, waitForOutput } from '../support/app-output';
import { RunningProcess, freePort, spawnApp, waitFor } from '../support/portal';

/** Writes the settings as a config file (the config/*.env.example format). */
function configFile(settings: Record<string, string>): string {
  const file = join(mkdtempSync(join(tmpdir(), 'scp-config-')), 'platform.env');
  const lines = Object.entries(settings).map(([key, value]) => `${key}=${JSON.stringify(value)}`);
  writeFileSync(file, `# written by config-file.e2e-spec\n${lines.join('\n')}\n`);
  return file;
}

describe.each(PROFILES)('apps configured by CONFIG_FILE only (%s profile)', (profile) => {
  const running: RunningProcess[] = [];
  afterAll(async () => {
    await Promise.all(running.map((proc) => proc.stop()));
  });

  it('the CLI, the portal and the worker start with nothing but CONFIG_FILE', async () => {
    const port = await freePort();
    const file = configFile({
      ...(await testEnvironment(profile)),
      PORT: String(port),
      HOST: '127.0.0.1',
    });
    if (profile === 'production') {
      const cli = spawnApp('cli', { CONFIG_FILE: file }, ['migration:run']);
      expect(await exitCodeOf(cli)).toBe(0);
    }
    const portal = spawnApp('portal', { CONFIG_FILE: file });
    running.push(portal);
    const url = `http://127.0.0.1:${port}`;
    await waitFor(
      async () => {
        if (portal.child.exitCode !== null) throw new Error(outputOf(portal));
        return (await fetch(`${url}/health`)).status === 200;
      },
      'the portal configured by its file',
      90_000,
    );
    // The file's PUBLIC_URL (not the request's host) is what the portal uses.
    const res = await request(url).get('/health').expect(200);
    expect(res.body.status).toBe('ok');
    if (profile === 'production') {
      const worker = spawnApp('worker', { CONFIG_FILE: file });
      running.push(worker);
      await waitForOutput(worker, 'Worker started');
    }
  });

  it('a real environment variable wins over the file', async () => {
    const [filePort, envPort] = [await freePort(), await freePort()];
    const env = await testEnvironment(profile);
    const file = configFile({ ...env, PORT: String(filePort), HOST: '127.0.0.1' });
    if (profile === 'production')
      expect(await exitCodeOf(spawnApp('cli', { CONFIG_FILE: file }, ['migration:run']))).toBe(0);
    const portal = spawnApp('portal', { CONFIG_FILE: file, PORT: String(envPort) });
    running.push(portal);
    const output = await waitForOutput(portal, 'Portal listening');
    expect(output).toContain(`127.0.0.1:${envPort}`);
    await request(`http://127.0.0.1:${envPort}`).get('/health').expect(200);
  });

  it('a bad value in the file stops the start, naming the variable and the file', async () => {
    const file = configFile({ ...(await testEnvironment(profile)), MAIL_CONCURRENCY: 'many' });
    const portal = spawnApp('portal', { CONFIG_FILE: file });
    expect(await exitCodeOf(portal)).not.toBe(0);
    const output = outputOf(portal);
    expect(output).toContain('MAIL_CONCURRENCY');
    expect(output).toContain(`set in ${file}`);
    expect(output).not.toContain('JWT_SECRET');
    const worker = spawnApp('worker', { CONFIG_FILE: file });
    expect(await exitCodeOf(worker)).not.toBe(0);
    expect(outputOf(worker)).toContain('MAIL_CONCURRENCY');
  });
});
