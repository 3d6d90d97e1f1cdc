// The bare baseline: node:http and mysql2 doing the essential work of a route and nothing
// else, against the same database as the portal. It is the limit the platform is measured
// against, so it keeps the guarantees (one transaction with the row lock, the outbox row
// and the idempotency row; a judge never sees a conflicted entry) and drops everything
// that is not essential (framework, ORM, validation layers, logging).
//   BARE_DATABASE_URL=mysql://... JWT_SECRET=... PORT=... node bench/bare/server.mjs
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import mysql from 'mysql2/promise';
import { principal, Refusal, verifyToken } from './auth.mjs';
import { festivalRoute } from './festival.mjs';

const pool = mysql.createPool({
  uri: process.env.BARE_DATABASE_URL,
  connectionLimit: Number(process.env.BARE_POOL_SIZE ?? 10),
  timezone: 'Z',
});
const publicUrl = process.env.PUBLIC_URL ?? 'http://localhost';

const REQUIRED = ['summary', 'problem', 'solution', 'customers', 'businessModel', 'advantage'];

/** Tries of a transaction aborted as a deadlock victim or on a lock wait, as the portal does. */
const TRIES = 5;

async function submit(claims, entryId, idempotencyKey) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await submitOnce(claims, entryId, idempotencyKey);
    } catch (error) {
      const retriable = error.errno === 1213 || error.errno === 1205;
      if (!retriable || attempt >= TRIES) throw error;
    }
  }
}

async function submitOnce(claims, entryId, idempotencyKey) {
  const conn = await pool.getConnection();
  try {
    await conn.beginTransaction();
    const user = await principal(conn, claims);
    if (!user) throw new Refusal(401, 'UNAUTHENTICATED');
    const [[entry]] = await conn.query(
      'SELECT * FROM entries WHERE id = ? AND ownerId = ? FOR UPDATE',
      [entryId, claims.sub],
    );
    if (!entry) throw new Refusal(404, 'NOT_FOUND');
    const scope = `submit:${entryId}`;
    if (idempotencyKey) {
      const [[previous]] = await conn.query(
        'SELECT response FROM idempotency_records WHERE scope = ? AND `key` = ?',
        [scope, idempotencyKey],
      );
      if (previous) {
        await conn.commit();
        return JSON.parse(previous.response);
      }
    }
    const [[contest]] = await conn.query('SELECT * FROM contests WHERE id = ?', [entry.contestId]);
    const now = new Date();
    if (contest.submissionDeadline <= now) throw new Refusal(409, 'DEADLINE_PASSED');
    const [[category]] = await conn.query('SELECT * FROM contest_categories WHERE id = ?', [
      entry.categoryId,
    ]);
    const [members] = await conn.query(
      'SELECT * FROM entry_members WHERE entryId = ? ORDER BY position',
      [entryId],
    );
    const [attachments] = await conn.query(
      'SELECT * FROM entry_attachments WHERE entryId = ? ORDER BY createdAt',
      [entryId],
    );
    const [questions] = await conn.query('SELECT * FROM contest_questions WHERE contestId = ?', [
      contest.id,
    ]);
    const missing = REQUIRED.filter((field) => !entry[field]?.trim());
    const answers = entry.answers ? JSON.parse(entry.answers) : {};
    for (const q of questions) if (q.required && !answers[q.key]) missing.push(q.key);
    if (!attachments.some((a) => a.kind === 'pitch_deck')) missing.push('pitch_deck');
    if (missing.length) throw new Refusal(400, 'ENTRY_INCOMPLETE');
    const content = {
      ...entry,
      categoryKey: category.key,
      members: members.map(({ fullName, email, role, organization }) => ({
        fullName,
        email,
        role,
        organization,
      })),
      attachments: attachments.map(({ id, kind, originalName, mediaType, sizeBytes, sha256 }) => ({
        id,
        kind,
        originalName,
        mediaType,
        sizeBytes,
        sha256,
      })),
    };
    await conn.query(
      'INSERT INTO entry_snapshots (id, entryId, revision, content) VALUES (?, ?, ?, ?)',
      [randomUUID(), entryId, entry.revision, JSON.stringify(content)],
    );
    await conn.query(
      "UPDATE entries SET status = 'submitted', submittedAt = ?, submittedRevision = ? WHERE id = ?",
      [now, entry.revision, entryId],
    );
    await conn.query(
      "INSERT INTO entry_events (id, entryId, actorId, type, data) VALUES (?, ?, ?, 'submitted', ?)",
      [
        randomUUID(),
        entryId,
        claims.sub,
        JSON.stringify({ revision: entry.revision, resubmission: false }),
      ],
    );
    await conn.query(
      `INSERT IGNORE INTO notifications (id, dedupeKey, recipientEmail, recipientUserId, template, locale, data, status, attempts, nextAttemptAt)
       VALUES (?, ?, ?, ?, 'entry-receipt', ?, ?, 'pending', 0, ?)`,
      [
        randomUUID(),
        `entry-receipt:${entryId}:${entry.revision}`,
        user.email,
        claims.sub,
        user.locale,
        JSON.stringify({
          fullName: user.fullName,
          code: entry.code,
          title: entry.title,
          contestName: user.locale === 'en' ? contest.nameEn : contest.nameVi,
          submittedAt: now.toISOString(),
          link: `${publicUrl}/entries/${entryId}`,
        }),
        now,
      ],
    );
    const response = { status: 'submitted', code: entry.code, submittedAt: now.toISOString() };
    if (idempotencyKey)
      await conn.query(
        'INSERT INTO idempotency_records (id, scope, `key`, statusCode, response) VALUES (?, ?, ?, 200, ?)',
        [randomUUID(), scope, idempotencyKey, JSON.stringify(response)],
      );
    await conn.commit();
    return response;
  } catch (error) {
    await conn.rollback().catch(() => undefined);
    throw error;
  } finally {
    conn.release();
  }
}

/** The judge's assignments with the frozen title, minus every conflicted entry. */
async function queue(claims) {
  const user = await principal(pool, claims);
  if (!user) throw new Refusal(401, 'UNAUTHENTICATED');
  if (user.role !== 'judge' && user.role !== 'admin') throw new Refusal(403, 'FORBIDDEN');
  const [[rows], [conflicts], [members]] = await Promise.all([
    pool.query(
      `SELECT a.id AS assignmentId, a.roundId, a.status, a.dueAt, a.entryId, r.judgingClosesAt,
              e.code, COALESCE(JSON_VALUE(s.content, '$.title'), e.title) AS title, cat.key AS categoryKey
         FROM assignments a
         JOIN contest_rounds r ON r.id = a.roundId
         JOIN entries e ON e.id = a.entryId
         LEFT JOIN contest_categories cat ON cat.id = e.categoryId
         LEFT JOIN entry_snapshots s ON s.entryId = e.id AND s.revision = e.submittedRevision
        WHERE a.judgeUserId = ? AND a.status <> 'released'`,
      [claims.sub],
    ),
    pool.query(
      "SELECT subject, value FROM conflicts_of_interest WHERE judgeUserId = ? AND status = 'effective'",
      [claims.sub],
    ),
    pool.query(
      `SELECT m.entryId, m.email, m.organization FROM entry_members m
         JOIN assignments a ON a.entryId = m.entryId
        WHERE a.judgeUserId = ? AND a.status <> 'released'`,
      [claims.sub],
    ),
  ]);
  const declared = (subject) =>
    new Set(conflicts.filter((c) => c.subject === subject).map((c) => c.value.toLowerCase()));
  const entries = declared('entry');
  const people = declared('person');
  const organisations = declared('organization');
  if (user.organization) organisations.add(user.organization.toLowerCase());
  const domains = declared('email_domain');
  const conflicted = new Set([...entries]);
  for (const m of members) {
    const email = m.email.toLowerCase();
    if (
      people.has(email) ||
      domains.has(email.split('@')[1]) ||
      (m.organization && organisations.has(m.organization.toLowerCase()))
    )
      conflicted.add(m.entryId);
  }
  const items = rows
    .filter((row) => !conflicted.has(row.entryId))
    .map((row) => ({
      assignmentId: row.assignmentId,
      roundId: row.roundId,
      status: row.status,
      dueAt: row.dueAt,
      roundClosesAt: row.judgingClosesAt,
      entry: { code: row.code, title: row.title, categoryKey: row.categoryKey },
    }));
  const scored = items.filter((item) => item.status === 'scored').length;
  return { progress: { scored, total: items.length }, items };
}

const SUBMIT = /^\/entries\/([0-9a-f-]{36})\/submit$/;

const server = http.createServer((req, res) => {
  const answer = (status, body) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  if (req.url === '/health') return answer(200, { status: 'ok' });
  if (req.url.startsWith('/festival/')) return festivalRoute(pool, req, res);
  const claims = verifyToken(req.headers.authorization);
  if (!claims) return answer(401, { code: 'UNAUTHENTICATED' });
  const submitted = req.method === 'POST' && SUBMIT.exec(req.url);
  const work = submitted
    ? submit(claims, submitted[1], req.headers['idempotency-key'])
    : req.method === 'GET' && req.url === '/judging/queue'
      ? queue(claims)
      : Promise.reject(new Refusal(404, 'NOT_FOUND'));
  work.then(
    (body) => answer(200, body),
    (error) =>
      answer(error instanceof Refusal ? error.status : 500, {
        code: error instanceof Refusal ? error.message : 'INTERNAL',
        message: error instanceof Refusal ? undefined : String(error),
      }),
  );
});
// Longer than any pause between two phases of a scenario, as Fastify's default (72 s) is
// for the portal: a kept-alive socket the server closed would fail the next request.
server.keepAliveTimeout = 120_000;
server.listen(Number(process.env.PORT), '127.0.0.1');
