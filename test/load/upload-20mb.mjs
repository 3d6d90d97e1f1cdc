// Load scenario: time to upload a 20 MB pitch deck (PDF) to a production-profile portal,
// against the same run's baseline: the same bytes POSTed to a bare node:http server that
// only reads them (the cost of moving 20 MB over loopback).
//   npm run build && node test/load/upload-20mb.mjs [runs]
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { loadEnvironment, peakWhile, pdfOfSize, percentile, startPortal } from './harness.mjs';

const runs = Number(process.argv[2] ?? 3);
const SIZE = 20 * 1024 * 1024;
const scratch = loadEnvironment('production', { UPLOAD_MAX_FILES_PER_ENTRY: String(runs + 1) });
const email = 'upload-bench@example.vn';
const password = 'tai-len-ho-so-2026';
scratch.cli(
  'user:create',
  '--email',
  email,
  '--password',
  password,
  '--name',
  'Load',
  '--role',
  'applicant',
);
const ownerId = scratch.sql(`SELECT id FROM users WHERE email='${email}'`);
const contestId = randomUUID();
const entryId = randomUUID();
scratch.sql(
  `INSERT INTO contests (id, slug, codePrefix, nameVi, nameEn, kind, descriptionVi, descriptionEn, status)
   VALUES ('${contestId}', 'tai-len', 'UPL', 'Tải lên', 'Upload', 'startup_competition', '-', '-', 'open');
   INSERT INTO entries (id, contestId, categoryId, ownerId, code, applicantType, title)
   VALUES ('${entryId}', '${contestId}', '${randomUUID()}', '${ownerId}', 'UPL-0001', 'team', 'Bench');`,
);
const pdf = pdfOfSize(SIZE);

const bare = createServer((req, res) => req.resume().on('end', () => res.end('ok')));
await new Promise((resolve) => bare.listen(0, '127.0.0.1', resolve));
const portal = await startPortal(scratch);
try {
  const login = await fetch(`${scratch.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const { accessToken } = await login.json();
  const upload = async (target, i) => {
    const form = new FormData();
    form.append('kind', 'pitch_deck');
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), `pitch-deck-${i}.pdf`);
    const started = performance.now();
    const res = await fetch(target, {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}` },
      body: form,
    });
    await res.arrayBuffer();
    if (res.status >= 300) throw new Error(`upload ${i} failed: ${res.status}`);
    return performance.now() - started;
  };
  const baseline = [];
  for (let i = 0; i < runs; i++)
    baseline.push(await upload(`http://127.0.0.1:${bare.address().port}/`, i));
  const rssBefore = portal.rssMiB();
  const { result: times, peak } = await peakWhile(portal.rssMiB, async () => {
    const measured = [];
    for (let i = 0; i < runs; i++)
      measured.push(await upload(`${scratch.url}/api/v1/entries/${entryId}/attachments`, i));
    return measured;
  });
  const stored = scratch.sql(`SELECT COUNT(*) FROM entry_attachments WHERE sizeBytes = ${SIZE}`);
  console.log(
    `20 MB upload, ${runs} runs: p50 ${percentile(times, 50).toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')})`,
  );
  console.log(
    `baseline (bare node:http, same bytes): p50 ${percentile(baseline, 50).toFixed(0)} ms; ratio ${(percentile(times, 50) / percentile(baseline, 50)).toFixed(2)}x`,
  );
  console.log(
    `portal RSS ${rssBefore} MiB before, peak ${peak} MiB during the uploads (streamed: less than the file size); stored ${stored}/${runs}`,
  );
} finally {
  portal.stop();
  bare.close();
  scratch.drop();
}
