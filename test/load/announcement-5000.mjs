// The announcement of a contest's results to 5,000 participants, on the production
// profile: the organizer's click (POST /announce) to the last mail accepted by a local SMTP
// sink, through the outbox, BullMQ and one worker; then, as the baseline of the same run,
// a pooled nodemailer transport (the worker's settings: 5 connections) sending the same
// 5,000 mails, rendered beforehand, to the same sink.
//   npm run build --silent && node test/load/announcement-5000.mjs [participants]
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { rspack } from '@rspack/core';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { loadEnvironment, startPortal } from './harness.mjs';

const PARTICIPANTS = Number(process.argv[2] ?? 5000);
const root = resolve(import.meta.dirname, '../..');

/** The seed (test factories and entities) bundled from TypeScript with decorators. */
async function bundleSeed() {
  // Under the project, so the bundle's require() finds node_modules.
  const out = join(root, 'dist', 'load');
  const alias = Object.fromEntries(
    ['platform', 'accounts', 'notifications', 'contests', 'entries', 'judging', 'results'].map(
      (lib) => [`@app/${lib}`, join(root, 'libs', lib, 'src')],
    ),
  );
  const compiler = rspack({
    mode: 'development',
    devtool: false,
    target: 'node20',
    entry: { seed: join(root, 'test/load/announcement-seed.ts') },
    output: { path: out, filename: '[name].cjs', library: { type: 'commonjs2' } },
    resolve: { extensions: ['.ts', '.js'], alias },
    // Packages stay in node_modules (native ones cannot be bundled).
    externals: [
      ({ request }, callback) =>
        /^[a-z@][^:]*$/i.test(request) && !request.startsWith('@app/')
          ? callback(undefined, `commonjs ${request}`)
          : callback(),
    ],
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: 'builtin:swc-loader',
          options: {
            jsc: {
              parser: { syntax: 'typescript', decorators: true },
              transform: {
                legacyDecorator: true,
                decoratorMetadata: true,
                useDefineForClassFields: false,
              },
              target: 'es2022',
            },
          },
        },
      ],
    },
  });
  await new Promise((done, fail) =>
    compiler.run((error, stats) =>
      error || stats.hasErrors() ? fail(error ?? new Error(stats.toString())) : done(),
    ),
  );
  return createRequire(import.meta.url)(join(out, 'seed.cjs'));
}

/** An SMTP server that accepts everything, counting mails and the instant of the last one. */
async function startSink(port) {
  const sink = { count: 0, lastAt: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        sink.count++;
        sink.lastAt = performance.now();
        callback();
      });
    },
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return { sink, close: () => new Promise((r) => server.close(r)) };
}

const waitUntil = async (check, what, timeoutMs = 600_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

const smtpPort = 20000 + Math.floor(Math.random() * 10000);
const { sink, close } = await startSink(smtpPort);
const scenario = loadEnvironment('production', {
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  MAIL_FROM: 'Cuộc thi <no-reply@mail.test>',
  PUBLIC_URL: 'http://portal.test',
});
const { seed, renderedMails } = await bundleSeed();
const fixture = await seed(scenario.env, PARTICIPANTS);
const portal = await startPortal(scenario);
const worker = spawn(process.execPath, ['dist/apps/worker/main.js'], {
  env: scenario.env,
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  const login = await fetch(`${scenario.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: fixture.email, password: fixture.password }),
  });
  const { accessToken } = await login.json();
  // The worker is up once it has consumed nothing yet: give it its start.
  await new Promise((r) => setTimeout(r, 3000));

  const clicked = performance.now();
  const answer = await fetch(`${scenario.url}/api/v1/contests/${fixture.contestId}/announce`, {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
    body: '{}',
  });
  const announced = await answer.json();
  const transactionMs = performance.now() - clicked;
  if (answer.status !== 201)
    throw new Error(`announce answered ${answer.status}: ${JSON.stringify(announced)}`);
  await waitUntil(() => sink.count >= announced.mails, 'the announcement mails');
  const platformS = (sink.lastAt - clicked) / 1000;

  const mails = await renderedMails(scenario.env, fixture.contestId);
  const transport = nodemailer.createTransport({
    url: `smtp://127.0.0.1:${smtpPort}`,
    pool: true,
    maxConnections: 5,
    maxMessages: 500,
    ignoreTLS: true,
  });
  const before = sink.count;
  const started = performance.now();
  await Promise.all(
    mails.map((mail) =>
      transport.sendMail({
        from: scenario.env.MAIL_FROM,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
      }),
    ),
  );
  await waitUntil(() => sink.count >= before + mails.length, 'the baseline mails');
  const bareS = (sink.lastAt - started) / 1000;
  transport.close();

  const rate = (n, s) => Math.round(n / s);
  console.log(`announcement of ${announced.mails} mails (${PARTICIPANTS} crowd participants + 7)`);
  console.log(
    `  POST /announce (one transaction, every outbox row): ${Math.round(transactionMs)} ms`,
  );
  console.log(
    `  click -> last mail accepted, outbox + BullMQ + 1 worker: ${platformS.toFixed(2)} s, ${rate(announced.mails, platformS)} mails/s`,
  );
  console.log(
    `  baseline, pooled nodemailer (5 connections), same mails prepared: ${bareS.toFixed(2)} s, ${rate(mails.length, bareS)} mails/s`,
  );
  console.log(`  ratio platform / baseline throughput: ${(bareS / platformS).toFixed(2)}`);
} finally {
  worker.kill('SIGTERM');
  portal.stop();
  await close();
  scenario.drop();
}
