import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { multipartBody } from '../support/attachment-factory';
import { createUser, openDatabase } from '../support/database';
import { webSessionCookie } from '../support/sessions';
import { Profile, PROFILES, testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';
import { AttackCase, planAttacks } from '../support/bad-input/attack-plan';
import { ODD_REQUESTS } from '../support/bad-input/bad-values';
import { send, sendRaw } from '../support/bad-input/raw-http';
import { loadRouteTable, RouteInfo } from '../support/route-table';
import { buildWorld, BadInputWorld } from '../support/bad-input/world';

/**
 * Never a 500, whatever arrives: every route of the route table, as every kind of caller,
 * gets requests generated from its DTO metadata (wrong types, null, exponent and
 * non-finite numbers, huge strings and arrays, deep nesting, invalid UTF-8, bad ids, broken
 * multipart) and the request lines no browser sends. Meanwhile /health is polled: the
 * process must stay up and fast throughout.
 */

interface Finding {
  route: string;
  caller: string;
  label: string;
  status: number;
  body: string;
}

class HealthWatch {
  private readonly timings: number[] = [];
  private failures = 0;
  private stopped = false;
  private loop?: Promise<void>;

  constructor(private readonly port: number) {}

  start(): void {
    this.loop = (async () => {
      while (!this.stopped) {
        const started = performance.now();
        const res = await send(this.port, { method: 'GET', path: '/health' }).catch(() => null);
        this.timings.push(performance.now() - started);
        if (res?.status !== 200) this.failures++;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
  }

  async stop() {
    this.stopped = true;
    await this.loop;
    const sorted = [...this.timings].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return {
      samples: sorted.length,
      failures: this.failures,
      median: at(0.5),
      p95: at(0.95),
      max: at(1),
    };
  }
}

async function runAll(port: number, cases: AttackCase[], concurrency = 4) {
  const findings: Finding[] = [];
  const nullAccepted: Finding[] = [];
  const statuses: Record<number, number> = {};
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const item = cases[next++];
      const res = await send(port, item.request);
      const finding = {
        route: item.route,
        caller: item.caller,
        label: item.label,
        status: res.status,
        body: res.body.slice(0, 300),
      };
      if (res.status >= 500) findings.push(finding);
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      // Refused by the field's own check, not by some other error on the way.
      const namesField = res.body.includes(`"field":"${item.nullMustBeRefused}"`);
      if (item.nullMustBeRefused && (res.status !== 400 || !namesField)) nullAccepted.push(finding);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { findings, nullAccepted, statuses };
}

describe.each(PROFILES)('bad input never gets a 500 (%s profile)', (profile: Profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let routes: RouteInfo[];
  let world: BadInputWorld;

  beforeAll(async () => {
    const env = await testEnvironment(profile, {
      // The suite signs in and sends thousands of requests from one address on purpose.
      AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
      AUTH_IP_RATE_LIMIT_PER_MINUTE: '1000000',
      AUTH_RATE_LIMIT_PER_HOUR: '1000000',
      AUTH_ACCOUNT_RATE_LIMIT_PER_HOUR: '2000000',
      LOG_LEVEL: 'error',
    });
    portal = await startPortal(env);
    db = await openDatabase(env);
    // A server-sent event stream (the hall screen's) answers 200 and stays open by design:
    // it is no request/response route to attack, and would hold its request forever.
    routes = loadRouteTable(env).filter((route) => !route.path.endsWith('/events'));
    world = await buildWorld(portal.url, portal.port, db, env);
  }, 120_000);

  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  it('answers every generated request for every route and caller with a 4xx or a success', async () => {
    const cases = planAttacks(routes, world);
    const watch = new HealthWatch(portal.port);
    watch.start();
    const phases = [];
    for (const phase of [0, 1, 2])
      phases.push(
        await runAll(
          portal.port,
          cases.filter((c) => c.phase === phase),
        ),
      );
    const health = await watch.stop();
    const findings = phases.flatMap((p) => p.findings);
    const nullAccepted = phases.flatMap((p) => p.nullAccepted);
    console.log(
      `${profile}: ${cases.length} requests over ${routes.length} routes; ` +
        `health median ${health.median.toFixed(1)} ms, p95 ${health.p95.toFixed(1)} ms, max ${health.max.toFixed(1)} ms; ` +
        `statuses ${phases.map((p) => JSON.stringify(p.statuses)).join(' then ')}`,
    );
    // The whole list, for reading when this fails.
    mkdirSync(join('test', 'artifacts'), { recursive: true });
    writeFileSync(
      join('test', 'artifacts', `bad-input-${profile}.json`),
      JSON.stringify({ findings, nullAccepted, health }, null, 1),
    );
    expect(findings).toEqual([]);
    // One rule for null: refused unless the field is documented nullable.
    expect(nullAccepted).toEqual([]);
    expect(portal.child.exitCode).toBeNull();
    expect(health.failures).toBe(0);
    expect(health.median).toBeLessThan(100);
    expect(health.p95).toBeLessThan(500);
  }, 600_000);

  it('answers request lines and headers no browser sends without a 500', async () => {
    const findings: Array<{ label: string; status: number; text: string }> = [];
    for (const odd of ODD_REQUESTS) {
      const res = await sendRaw(portal.port, odd.head);
      if (res.status >= 500) findings.push({ label: odd.label, ...res });
    }
    expect(findings).toEqual([]);
    expect((await send(portal.port, { method: 'GET', path: '/health' })).status).toBe(200);
  });

  it('sends a signed-in visitor to a `next` beyond Latin-1, percent-encoded', async () => {
    const cookie = await webSessionCookie(db, (await createUser(db)).id);
    for (const next of ['/h%E1%BB%93-s%C6%A1?tab=%C4%91%E1%BB%99i', '/hồ-sơ']) {
      const res = await sendRaw(
        portal.port,
        `GET /login?next=${next} HTTP/1.1\r\nCookie: ${cookie}`,
      );
      expect(res.status).toBeLessThan(500);
      if (res.status === 303)
        expect(res.text).toMatch(
          /\r\nlocation: \/h%E1%BB%93-s%C6%A1(\?tab=%C4%91%E1%BB%99i)?\r\n/i,
        );
    }
    const encoded = await sendRaw(
      portal.port,
      `GET /login?next=/h%E1%BB%93-s%C6%A1 HTTP/1.1\r\nCookie: ${cookie}`,
    );
    expect(encoded.status).toBe(303);
  });

  it('survives uploads and JSON bodies cut off by a lost connection', async () => {
    const upload = routes.find((r) => r.method === 'POST' && /attachments$/.test(r.path))!;
    const path = upload.path.replace(/:[A-Za-z]+/g, (m) =>
      world.paramValue(upload.path, m.slice(1), 'applicant'),
    );
    const { body, contentType } = multipartBody([
      { name: 'kind', value: 'pitch_deck' },
      { name: 'file', filename: 'a.pdf', content: Buffer.alloc(200_000, 0x25) },
    ]);
    const auth = world.sessions.applicant.api.authorization;
    for (let i = 0; i < 5; i++) {
      await sendRaw(
        portal.port,
        `POST ${path} HTTP/1.1\r\nAuthorization: ${auth}\r\nContent-Type: ${contentType}\r\nContent-Length: ${body.length}`,
        body,
        { closeEarly: true },
      );
      await sendRaw(
        portal.port,
        'POST /api/v1/auth/login HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 5000',
        '{"email":"a@b.c","password":"' + 'x'.repeat(1000),
        { closeEarly: true },
      );
    }
    expect((await send(portal.port, { method: 'GET', path: '/health' })).status).toBe(200);
    expect(portal.child.exitCode).toBeNull();
    // Whatever went wrong was answered, not crashed on: nothing unhandled in the log.
    expect(readFileSync(portal.logFile, 'utf8')).not.toMatch(/uncaught|unhandled rejection/i);
  });
});
