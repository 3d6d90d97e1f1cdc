// The API's OpenAPI description, read once per run from the built portal and written to a
// file: the response validation of every suite (response-validation.ts) and the generated
// client's types (npm run api:types) check the server against this very document.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const API_DESCRIPTION_FILE = join(process.cwd(), 'test', 'artifacts', 'openapi.json');

/** A free port below 32768, the kernel's range for outgoing connections (see TOOLCHAIN.md). */
async function freePort() {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    const free = await new Promise((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port found');
}

/** Starts the built portal (embedded profile, empty), saves its description, stops it. */
export async function writeApiDescription(file = API_DESCRIPTION_FILE) {
  const varDir = mkdtempSync(join(tmpdir(), 'scp-openapi-'));
  const port = await freePort();
  const child = spawn(process.execPath, [join('dist', 'apps', 'portal', 'main.js')], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      VAR_DIR: varDir,
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the portal exited with ${child.exitCode}`);
      if (Date.now() > deadline) throw new Error('the portal did not serve its description');
      const res = await fetch(`http://127.0.0.1:${port}/api/docs-json`).catch(() => undefined);
      if (res?.status === 200) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify(await res.json(), null, 2));
        return file;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
    rmSync(varDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await writeApiDescription(process.argv[2]));
}
