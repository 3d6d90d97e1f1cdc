import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID, randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { hash } from '@node-rs/argon2';
const N = Number(process.argv[2] ?? 20000);
const VAR_DIR = mkdtempSync(join(tmpdir(), 'scp-load-'));
const port = 21000 + Math.floor(Math.random() * 5000);
const env = { PATH: process.env.PATH, NODE_ENV: 'test', VAR_DIR, JWT_SECRET: randomBytes(32).toString('hex'), LOG_LEVEL: 'warn', PUBLIC_URL: 'http://portal.test', SEED_DEMO: 'false', PORT: String(port), HOST: '127.0.0.1' };
const child = spawn(process.execPath, ['dist/apps/portal/main.js'], { env, stdio: 'ignore' });
const url = `http://127.0.0.1:${port}`;
for (;;) { try { if ((await fetch(`${url}/health`)).ok) break; } catch {} await new Promise(r => setTimeout(r, 100)); }
const db = new Database(join(VAR_DIR, 'platform.sqlite'));
const now = new Date().toISOString().replace('T', ' ').slice(0, 23);
const orgId = randomUUID();
db.prepare(`INSERT INTO users (id,email,passwordHash,fullName,locale,role,emailVerifiedAt,consentVersion,consentAt) VALUES (?,?,?,?,?,?,?,?,?)`).run(orgId, 'org@example.vn', await hash('mật-khẩu-dài-dài-123'), 'Org', 'vi', 'organizer', now, '2025-1', now);
const contestId = randomUUID(), catId = randomUUID();
db.prepare(`INSERT INTO contests (id,slug,codePrefix,nameVi,nameEn,kind,descriptionVi,descriptionEn,status) VALUES (?,?,?,?,?,?,?,?,?)`).run(contestId, 'load', 'QNG5', 'A', 'A', 'startup_competition', 'd', 'd', 'open');
db.prepare(`INSERT INTO contest_categories (id,contestId,key,nameVi,nameEn) VALUES (?,?,?,?,?)`).run(catId, contestId, 'y-tuong', 'Ý tưởng', 'Idea');
const ie = db.prepare(`INSERT INTO entries (id,contestId,categoryId,ownerId,code,status,applicantType,title,teamName,organization,district,submittedAt) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`);
const im = db.prepare(`INSERT INTO entry_members (id,entryId,contestId,fullName,email,role,position) VALUES (?,?,?,?,?,?,?)`);
db.transaction(() => { for (let i = 1; i <= N; i++) { const id = randomUUID(); ie.run(id, contestId, catId, orgId, `QNG5-${String(i).padStart(5, '0')}`, 'submitted', 'team', `Ý tưởng khởi nghiệp đổi mới sáng tạo số ${i}`, `Đội ${i}`, 'Trường THPT Chuyên Lê Khiết', 'Thành phố Quảng Ngãi', now);
  for (let m = 0; m < 3; m++) im.run(randomUUID(), id, contestId, `Nguyễn Văn Thành viên ${m}`, `m${i}.${m}@example.vn`, m ? 'member' : 'leader', m); } })();
const login = await (await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'org@example.vn', password: 'mật-khẩu-dài-dài-123' }) })).json();
const rss = () => Math.round(Number(readFileSync(`/proc/${child.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]) / 1024);
for (const fmt of ['xlsx', 'csv', 'xlsx']) {
  let peak = 0; const before = rss();
  const timer = setInterval(() => { peak = Math.max(peak, rss()); }, 20);
  const t0 = Date.now(); let ttfb = 0;
  const res = await fetch(`${url}/api/v1/contests/${contestId}/entries/export.${fmt}`, { headers: { authorization: `Bearer ${login.accessToken}` } });
  let bytes = 0; for await (const chunk of res.body) { if (!bytes) ttfb = Date.now() - t0; bytes += chunk.length; }
  clearInterval(timer);
  console.log(fmt, res.status, `${N}x3 rows`, `${(bytes / 1e6).toFixed(1)} MB`, `first byte ${ttfb} ms, total ${Date.now() - t0} ms`, `RSS before ${before} MB, peak ${peak} MB`);
}
child.kill('SIGTERM');
