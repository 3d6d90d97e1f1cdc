import { networkInterfaces } from 'node:os';
import { execFileSync } from 'node:child_process';
import { testEnvironment } from '../support/environment';
import { freePort, migrate, RunningProcess, spawnApp, waitFor } from '../support/portal';

/**
 * The development mailbox shows every verification, reset and set-password link. On a
 * shared network (a school lab, conference Wi-Fi) that would hand anyone the organizer's
 * account, so: the portal listens on this machine only unless HOST says otherwise, the
 * mailbox answers only a socket from this machine (headers do not count), and production
 * has no mailbox at all.
 */

/** An address of this machine that is not loopback, as a neighbour on the network would reach it. */
function lanAddress(): string {
  for (const addresses of Object.values(networkInterfaces()))
    for (const address of addresses ?? [])
      if (address.family === 'IPv4' && !address.internal) return address.address;
  throw new Error('this test needs a non-loopback IPv4 interface (none found)');
}

async function startOn(env: Record<string, string>): Promise<RunningProcess & { port: number }> {
  const port = await freePort();
  const proc = spawnApp('portal', { ...env, PORT: String(port) });
  await waitFor(async () => {
    if (proc.child.exitCode !== null) throw new Error(`portal exited; see ${proc.logFile}`);
    return (await fetch(`http://127.0.0.1:${port}/health`)).status === 200;
  }, 'the portal to start');
  return { ...proc, port };
}

const get = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, { headers, redirect: 'manual' });

describe('the development mailbox is not exposed to the network', () => {
  const lan = lanAddress();
  let portal: (RunningProcess & { port: number }) | undefined;

  afterEach(async () => {
    await portal?.stop();
    portal = undefined;
  });

  it('listens on this machine only when HOST is not set (embedded profile)', async () => {
    const env = await testEnvironment('embedded');
    delete env.HOST;
    portal = await startOn(env);
    expect((await get(`http://127.0.0.1:${portal.port}/dev/mailbox`)).status).toBe(200);
    await expect(get(`http://${lan}:${portal.port}/contests`)).rejects.toThrow();
  });

  it('answers the mailbox only to a socket from this machine when opened to the network', async () => {
    const env = await testEnvironment('embedded', { HOST: '0.0.0.0', TRUSTED_PROXIES: '1' });
    portal = await startOn(env);
    const local = `http://127.0.0.1:${portal.port}`;
    const remote = `http://${lan}:${portal.port}`;
    expect((await get(`${local}/dev/mailbox`)).status).toBe(200);
    // The rest of the portal is there for the network...
    expect((await get(`${remote}/contests`)).status).toBe(200);
    // ...the mailbox is not, whatever the headers claim.
    const headerSets: Array<Record<string, string>> = [
      {},
      { 'x-forwarded-for': '127.0.0.1' },
      { 'x-forwarded-for': '::1', 'x-real-ip': '127.0.0.1', forwarded: 'for=127.0.0.1' },
      { host: 'localhost' },
    ];
    for (const headers of headerSets) {
      const list = await get(`${remote}/dev/mailbox`, headers);
      expect({ headers, status: list.status }).toEqual({ headers, status: 404 });
      expect(await list.text()).not.toContain('dev/mailbox/');
      expect((await get(`${remote}/dev/mailbox/any.eml`, headers)).status).toBe(404);
    }
  });

  it('has no mailbox in production and listens on every interface there', async () => {
    const env = await testEnvironment('production', { NODE_ENV: 'production' });
    delete env.HOST;
    const routes = execFileSync(process.execPath, ['dist/apps/portal/main.js', '--list-routes'], {
      env: { ...env, PATH: process.env.PATH ?? '' },
    }).toString();
    expect(routes).not.toContain('/dev/mailbox');
    await migrate(env);
    portal = await startOn(env);
    expect((await get(`http://127.0.0.1:${portal.port}/dev/mailbox`)).status).toBe(404);
    expect((await get(`http://${lan}:${portal.port}/health`)).status).toBe(200);
  });
});
