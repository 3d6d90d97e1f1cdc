// Load scenario: 200 applicants submitting in the same minute, on the production profile
// (MariaDB + Redis). Setup goes through the API (drafts, forms, a PDF each); then every
// applicant submits at once. The baseline, measured in the same run with the same
// concurrency, is an authenticated GET /api/v1/me (one session lookup).
//   npm run build && node test/load/submit-load.mjs [applicants]
// Prints p50/p99 latency, throughput, errors, the portal's RSS, and checks that every
// submission left exactly one snapshot and one receipt mail in the outbox.
import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { loadEnvironment, pdfOfSize, percentile, peakWhile, startPortal } from './harness.mjs';

const applicants = Number(process.argv[2] ?? 200);
// Pool settings can be tried from the outside: DB_POOL_SIZE=20 node test/load/submit-load.mjs
const scratch = loadEnvironment(
  'production',
  process.env.DB_POOL_SIZE ? { DB_POOL_SIZE: process.env.DB_POOL_SIZE } : {},
);
const { url } = scratch;
const mysql = scratch.sql;

// Accounts straight into the database (one argon2 hash shared: the password is the same).
const password = 'nop-bai-dong-loat-2026';
const passwordHash = await hash(password, {
  algorithm: 2,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
});
const users = Array.from({ length: applicants }, (_, i) => ({
  id: randomUUID(),
  email: `applicant${i}@load.example.vn`,
}));
const q = (v) => `'${String(v).replace(/'/g, "''")}'`;
mysql(
  `INSERT INTO users (id, email, passwordHash, fullName, locale, role, emailVerifiedAt, consentVersion, consentAt, dateOfBirth, organization) VALUES ` +
    users
      .map(
        (u, i) =>
          `(${q(u.id)}, ${q(u.email)}, ${q(passwordHash)}, ${q(`Thí sinh ${i}`)}, 'vi', 'applicant', NOW(), '2025-1', NOW(), '2001-01-01', 'Trường ĐH')`,
      )
      .join(','),
);
const contestId = randomUUID();
const slug = `nop-dong-loat-${randomUUID().slice(0, 8)}`;
mysql(
  `INSERT INTO contests (id, slug, codePrefix, nameVi, nameEn, kind, descriptionVi, descriptionEn, status, registrationOpensAt, submissionDeadline, fields)
   VALUES (${q(contestId)}, ${q(slug)}, 'LOAD', 'Nộp đồng loạt', 'Load', 'startup_competition', '-', '-', 'open', NOW() - INTERVAL 1 DAY, NOW() + INTERVAL 1 DAY, '[]');
   INSERT INTO contest_categories (id, contestId, \`key\`, nameVi, nameEn, position) VALUES (${q(randomUUID())}, ${q(contestId)}, 'y-tuong', 'Ý tưởng', 'Idea', 0);`,
);

const portal = await startPortal(scratch);
const pdf = pdfOfSize(0);

async function call(method, path, token, body, headers = {}) {
  const started = performance.now();
  const res = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: body instanceof FormData ? body : body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text, ms: performance.now() - started };
}

async function burst(name, requests) {
  const started = performance.now();
  const { result: results, peak } = await peakWhile(portal.rssMiB, () =>
    Promise.all(requests.map((r) => r())),
  );
  const totalMs = performance.now() - started;
  const ms = results.map((r) => r.ms);
  const errors = results.filter((r) => r.status >= 400 || r.status === 0);
  console.log(
    `${name.padEnd(9)} n=${results.length}  p50 ${percentile(ms, 50).toFixed(0)} ms  p99 ${percentile(ms, 99).toFixed(0)} ms  ` +
      `throughput ${(results.length / (totalMs / 1000)).toFixed(0)} req/s  errors ${errors.length}  peak RSS ${peak} MiB`,
  );
  if (errors.length)
    console.log(`  first error: ${errors[0].status} ${errors[0].body.slice(0, 200)}`);
  return { results, totalMs };
}

try {
  console.log(
    `profile: production; ${applicants} applicants; portal RSS after start ${portal.rssMiB()} MiB`,
  );
  // Setup through the API, 20 applicants at a time.
  const prepared = [];
  for (let start = 0; start < users.length; start += 20) {
    prepared.push(
      ...(await Promise.all(
        users.slice(start, start + 20).map(async (user, i) => {
          const login = await call('POST', '/api/v1/auth/login', null, {
            email: user.email,
            password,
          });
          const token = JSON.parse(login.body).accessToken;
          const draft = await call('POST', `/api/v1/contests/${slug}/entries`, token, {
            categoryKey: 'y-tuong',
            applicantType: 'individual',
            title: `Ý tưởng số ${start + i}`,
          });
          const id = JSON.parse(draft.body).id;
          const patched = await call('PATCH', `/api/v1/entries/${id}`, token, {
            summary: 'Tóm tắt',
            problem: 'Vấn đề',
            solution: 'Giải pháp',
            customers: 'Khách hàng',
            businessModel: 'Mô hình',
            advantage: 'Lợi thế',
          });
          const form = new FormData();
          form.append('kind', 'pitch_deck');
          form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'pitch-deck.pdf');
          const upload = await call('POST', `/api/v1/entries/${id}/attachments`, token, form);
          if (draft.status !== 201 || patched.status !== 200 || upload.status !== 201) {
            throw new Error(
              `setup failed: draft ${draft.status} ${draft.body.slice(0, 200)} / patch ${patched.status} ${patched.body.slice(0, 200)} / upload ${upload.status} ${upload.body.slice(0, 200)}`,
            );
          }
          return { token, id };
        }),
      )),
    );
  }
  const baseline = await burst(
    'baseline',
    prepared.map(
      ({ token }) =>
        () =>
          call('GET', '/api/v1/me', token),
    ),
  );
  const submits = await burst(
    'submit',
    prepared.map(
      ({ token, id }) =>
        () =>
          call('POST', `/api/v1/entries/${id}/submit`, token, undefined, {
            'idempotency-key': randomUUID(),
          }),
    ),
  );
  const p50 = (b) =>
    percentile(
      b.results.map((r) => r.ms),
      50,
    );
  console.log(
    `submit/baseline: p50 ${(p50(submits) / p50(baseline)).toFixed(2)}x, throughput ${(baseline.totalMs / submits.totalMs).toFixed(2)}x`,
  );
  const snapshots = mysql('SELECT COUNT(*) FROM entry_snapshots');
  const receipts = mysql(`SELECT COUNT(*) FROM notifications WHERE template = 'entry-receipt'`);
  console.log(
    `snapshots ${snapshots}, receipt mails in the outbox ${receipts} (expected ${applicants} each)`,
  );
} finally {
  portal.stop();
  scratch.drop();
}
