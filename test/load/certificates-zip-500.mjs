// Figures for the organizers' ZIP of a contest's certificates: 250 finalist teams of two
// confirmed members (500 certificates) on the production profile. Measures the download of
// GET /api/v1/contests/:id/certificates.zip (time to the last byte, the portal's peak RSS),
// twice (the first run also issues the 500 codes), against the same run's baseline: the
// same 500 PDFs rendered by renderCertificate in a bare script, without HTTP, database or
// ZIP (compiled on the fly with swc).
//   npm run build && node test/load/certificates-zip-500.mjs [teams]
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transformSync } from '@swc/core';
import { loadEnvironment, peakWhile, startPortal } from './harness.mjs';

const teams = Number(process.argv[2] ?? 250);

/** renderCertificate and the two platform files it uses, as plain ES modules. */
async function loadRenderer() {
  const dir = mkdtempSync(join(tmpdir(), 'certificate-'));
  const files = {
    'certificate.pdf': 'libs/results/src/certificates/certificate.pdf.ts',
    'display-formats': 'libs/platform/src/text/display-formats.ts',
    'vietnam-time': 'libs/platform/src/time/vietnam-time.ts',
  };
  for (const [name, path] of Object.entries(files)) {
    const { code } = transformSync(readFileSync(path, 'utf8'), {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'es6' },
    });
    writeFileSync(
      join(dir, `${name}.mjs`),
      code
        .replace("'@app/platform/text/display-formats'", "'./display-formats.mjs'")
        .replace("'../time/vietnam-time'", "'./vietnam-time.mjs'")
        // Bare imports resolve from the project, not the scratch folder.
        .replace(
          /from '(pdfkit|qrcode)'/g,
          (_, m) =>
            `from '${pathToFileURL(join(process.cwd(), 'node_modules', m)).href}/${m === 'pdfkit' ? 'js/pdfkit.js' : 'lib/index.js'}'`,
        ),
    );
  }
  return import(pathToFileURL(join(dir, 'certificate.pdf.mjs')).href);
}

const scratch = loadEnvironment('production');
const email = 'certificates-bench@example.vn';
const password = 'giay-chung-nhan-2026';
scratch.cli(
  'user:create',
  '--email',
  email,
  '--password',
  password,
  '--name',
  'Load',
  '--role',
  'organizer',
);
const ownerId = scratch.sql(`SELECT id FROM users WHERE email='${email}'`);
const contestId = randomUUID();
const categoryId = randomUUID();
const finalId = randomUUID();
const contestName = 'Cuộc thi Khởi nghiệp Đổi mới sáng tạo tỉnh Quảng Ngãi lần thứ 5';
const people = [];
const entries = [];
const members = [];
const roundEntries = [];
for (let i = 1; i <= teams; i++) {
  const entryId = randomUUID();
  const code = `CERT-${String(i).padStart(4, '0')}`;
  const title = `Ý tưởng khởi nghiệp số ${i}: nông sản sạch vùng cao`;
  entries.push(
    `('${entryId}', '${contestId}', '${categoryId}', '${ownerId}', '${code}', 'team', '${title}', 'Đội ${i}', 'advanced')`,
  );
  roundEntries.push(`('${randomUUID()}', '${finalId}', '${entryId}')`);
  for (let m = 0; m < 2; m++) {
    const name = `${m ? 'Trần Thị' : 'Nguyễn Văn'} Ánh ${i}`;
    members.push(
      `('${randomUUID()}', '${entryId}', '${contestId}', '${name}', 'm${i}-${m}@example.vn', '${m ? 'member' : 'leader'}', ${m}, 'confirmed')`,
    );
    people.push({ name, code, title, team: `Đội ${i}` });
  }
}
const seed = () =>
  scratch.sql(
    `INSERT INTO contests (id, slug, codePrefix, nameVi, nameEn, kind, descriptionVi, descriptionEn, status)
     VALUES ('${contestId}', 'giay-chung-nhan', 'CERT', '${contestName}', 'Certificates', 'startup_competition', '-', '-', 'judging');
   INSERT INTO contest_categories (id, contestId, \`key\`, nameVi, nameEn, position) VALUES ('${categoryId}', '${contestId}', 'y-tuong', 'Ý tưởng', 'Idea', 0);
   INSERT INTO contest_rounds (id, contestId, position, nameVi, nameEn, criteria, version) VALUES ('${finalId}', '${contestId}', 1, 'Vòng chung kết', 'Final', '[]', 1);
   INSERT INTO entries (id, contestId, categoryId, ownerId, code, applicantType, title, teamName, status) VALUES ${entries.join(',')};
   INSERT INTO entry_members (id, entryId, contestId, fullName, email, role, position, confirmation) VALUES ${members.join(',')};
   INSERT INTO round_entries (id, roundId, entryId) VALUES ${roundEntries.join(',')};`,
  );

try {
  seed();
} catch (error) {
  scratch.drop();
  throw error;
}

const { renderCertificate } = await loadRenderer();
const selfRss = () => Math.round(process.memoryUsage().rss / 1048576);

/** The same 500 PDFs rendered one after another, as the ZIP renders them, without HTTP/DB/ZIP. */
async function baseline() {
  const started = performance.now();
  let bytes = 0;
  for (const [i, p] of people.entries()) {
    const code = `BASE-LINE-${String(i).padStart(4, '0')}`;
    const pdf = await renderCertificate({
      code,
      verifyUrl: `http://127.0.0.1/certificates/verify/${code}`,
      personName: p.name,
      teamName: p.team,
      entryCode: p.code,
      ideaTitle: p.title,
      categoryName: 'Ý tưởng',
      contestName,
      organisers: ['Ban tổ chức'],
      place: null,
      issuedAt: new Date(),
      prizeName: null,
      finalRoundName: 'Vòng chung kết',
      signatories: [
        { title: 'Trưởng ban giám khảo', name: '' },
        { title: 'TM. Ban tổ chức', name: '' },
      ],
    });
    bytes += pdf.length;
  }
  return { ms: performance.now() - started, bytes };
}

const baselineRssBefore = selfRss();
const before = await peakWhile(selfRss, baseline);
const baselineMs = before.result.ms;
const bytes = before.result.bytes;

const portal = await startPortal(scratch);
try {
  const login = await fetch(`${scratch.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const { accessToken } = await login.json();
  const download = async () => {
    const t0 = performance.now();
    const res = await fetch(`${scratch.url}/api/v1/contests/${contestId}/certificates.zip`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    if (res.status !== 200) throw new Error(`ZIP failed: ${res.status} ${await res.text()}`);
    let size = 0;
    let firstByte;
    for await (const chunk of res.body) {
      firstByte ??= performance.now() - t0;
      size += chunk.length;
    }
    return { ms: performance.now() - t0, firstByte, size };
  };
  const rssBefore = portal.rssMiB();
  const first = await peakWhile(portal.rssMiB, download);
  const second = await peakWhile(portal.rssMiB, download);
  // The baseline again after the portal's runs: the machine is shared, so its load can
  // change within a run.
  const after = await baseline();
  const issued = scratch.sql(`SELECT COUNT(*) FROM certificates WHERE contestId='${contestId}'`);
  const n = people.length;
  console.log(`${n} certificates (${teams} teams of 2), ${issued} issued`);
  console.log(
    `baseline (bare renderCertificate, no HTTP/DB/ZIP): ${(baselineMs / 1000).toFixed(1)} s before the ZIPs, ${(after.ms / 1000).toFixed(1)} s after; ${(baselineMs / n).toFixed(1)} ms per PDF, ${(bytes / n / 1024).toFixed(0)} KiB per PDF; script RSS ${baselineRssBefore} MiB before, peak ${before.peak} MiB`,
  );
  for (const [label, run] of [
    ['first ZIP (issues the codes)', first],
    ['second ZIP (codes reused)', second],
  ])
    console.log(
      `${label}: ${(run.result.ms / 1000).toFixed(1)} s, first byte ${run.result.firstByte.toFixed(0)} ms, ${(run.result.size / 1048576).toFixed(1)} MiB; ratio to baseline ${(run.result.ms / baselineMs).toFixed(2)}x; portal RSS ${rssBefore} MiB before, peak ${run.peak} MiB`,
    );
} finally {
  portal.stop();
  scratch.drop();
}
