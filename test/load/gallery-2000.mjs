// Figure: the public gallery of a contest with 2,000 listed entries on the production
// profile: first page, accent-insensitive search, commune filter and a late page, each
// as sequential latency (p50, p95) and throughput with 10 requests in flight. Baseline in
// the same run: GET /api/v1/contests/:slug (one public contest read).
//   npm run build && node test/load/gallery-2000.mjs [listings]
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { loadEnvironment, percentile, startPortal } from './harness.mjs';

const [count = 2000] = process.argv.slice(2).map(Number);
const REQUESTS = 300;
const scratch = loadEnvironment('production');
const q = (v) => (v === null ? 'NULL' : `'${String(v).replace(/'/g, "''")}'`);
const insert = (table, columns, rows) => {
  for (let i = 0; i < rows.length; i += 500)
    scratch.sql(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${rows
        .slice(i, i + 500)
        .map((r) => `(${r.map(q).join(', ')})`)
        .join(', ')}`,
    );
};
// The same folding as libs/platform/src/text/fold-vietnamese.ts.
const fold = (text) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

const contestId = randomUUID();
const categoryId = randomUUID();
scratch.sql(`INSERT INTO contests (id, slug, codePrefix, nameVi, nameEn, kind, descriptionVi, descriptionEn, status, fields) VALUES ('${contestId}', 'thu-vien', 'GAL', 'Thư viện', 'Gallery', 'startup_competition', '-', '-', 'judging', '[{"key":"nong-nghiep","labelVi":"Nông nghiệp","labelEn":"Agriculture"}]');
INSERT INTO contest_categories (id, contestId, \`key\`, nameVi, nameEn, position) VALUES ('${categoryId}', '${contestId}', 'y-tuong', 'Ý tưởng', 'Idea', 0);`);
const PLACES = ['Phường Sa Huỳnh', 'Xã Măng Đen', 'Phường Trương Quang Trọng', 'Xã Lý Sơn'];
const entries = Array.from({ length: count }, (_, i) => ({
  id: randomUUID(),
  owner: randomUUID(),
  code: `GAL-${String(i + 1).padStart(4, '0')}`,
  title: `Ý tưởng ${i} về du lịch ${i % 20 === 0 ? 'Sa Huỳnh' : 'cộng đồng'} và nông sản`,
  summary: `Tóm tắt số ${i}: giải pháp cho hợp tác xã, chuỗi cửa hàng và khách du lịch. `.repeat(4),
  teamName: `Nhóm số ${i}`,
  commune: PLACES[i % PLACES.length],
}));
insert(
  'users',
  ['id', 'email', 'passwordHash', 'fullName', 'locale', 'role', 'consentVersion', 'consentAt'],
  entries.map((e, i) => [
    e.owner,
    `team${i}@load.example.vn`,
    'x',
    `Đội ${i}`,
    'vi',
    'applicant',
    '2025-1',
    '2026-01-01 00:00:00',
  ]),
);
insert(
  'entries',
  [
    'id',
    'contestId',
    'categoryId',
    'fieldKey',
    'ownerId',
    'code',
    'status',
    'applicantType',
    'title',
    'summary',
    'teamName',
    'commune',
    'searchCommune',
  ],
  entries.map((e) => [
    e.id,
    contestId,
    categoryId,
    'nong-nghiep',
    e.owner,
    e.code,
    'eligible',
    'team',
    e.title,
    e.summary,
    e.teamName,
    e.commune,
    fold(e.commune),
  ]),
);
insert(
  'gallery_listings',
  [
    'id',
    'entryId',
    'contestId',
    'imageAttachmentId',
    'searchText',
    'searchedRevision',
    'optedInBy',
    'optedInAt',
  ],
  entries.map((e, i) => [
    randomUUID(),
    e.id,
    contestId,
    null,
    [e.title, e.summary, e.teamName].map(fold).join('\n'),
    1,
    e.owner,
    new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString().slice(0, 19).replace('T', ' '),
  ]),
);

const portal = await startPortal(scratch);
const base = scratch.url;
const routes = {
  'baseline GET /contests/by-slug/:slug': `/api/v1/contests/by-slug/thu-vien`,
  'gallery page 1': `/api/v1/contests/${contestId}/gallery`,
  'gallery q=sa huynh': `/api/v1/contests/${contestId}/gallery?q=sa%20huynh`,
  'gallery commune': `/api/v1/contests/${contestId}/gallery?commune=${encodeURIComponent('Phường Sa Huỳnh')}`,
  'gallery page 150': `/api/v1/contests/${contestId}/gallery?page=150`,
};
const get = async (path) => {
  const res = await fetch(base + path);
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return res.json();
};
console.log(
  `listings: ${count}; q=sa huynh finds ${(await get(routes['gallery q=sa huynh'])).total}`,
);
for (const [name, path] of Object.entries(routes)) {
  for (let i = 0; i < 20; i++) await get(path); // warm-up
  const times = [];
  for (let i = 0; i < REQUESTS; i++) {
    const start = performance.now();
    await get(path);
    times.push(performance.now() - start);
  }
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (next++ < REQUESTS) await get(path);
    }),
  );
  const rps = REQUESTS / ((performance.now() - started) / 1000);
  console.log(
    `${name.padEnd(30)} p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, ${rps.toFixed(0)} req/s at 10 in flight`,
  );
}
portal.stop();
scratch.drop();
