// The bare festival routes of bench/bare/server.mjs: the hall screens' server-sent events
// fanned out through Redis pub/sub (every bare instance writes each message to its own
// screens), a door scan, and a people's choice vote by badge code. Each keeps the
// platform's guarantees (a pass admitted once, one vote per voter with every cast kept,
// the wrong-code counter read before a code is tried) and nothing else.
import { createHash, randomUUID } from 'node:crypto';
import IORedis from 'ioredis';
import { principal, Refusal, verifyToken } from './auth.mjs';

const prefix = process.env.BARE_QUEUE_PREFIX ?? 'bare';
const channel = `${prefix}:bare-hall`;
let redis;
let subscriber;
let subscribed;
const screens = new Set();

/** Opened on first use, so the other scenarios' bare servers hold no Redis connection. */
function connections() {
  if (!redis) {
    redis = new IORedis(process.env.BARE_REDIS_URL, { maxRetriesPerRequest: 1 });
    subscriber = new IORedis(process.env.BARE_REDIS_URL);
    subscriber.on('message', (_channel, raw) => {
      for (const screen of screens) screen.write(`event: state\ndata: ${raw}\n\n`);
    });
    subscribed = subscriber.subscribe(channel);
  }
  return { redis, subscribed };
}

/** A hall screen: follows the channel once subscribed, like the portal's `following()`. */
async function follow(req, res) {
  await connections().subscribed;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  res.write('retry: 1000\n\nevent: state\ndata: {"connected":true}\n\n');
  screens.add(res);
  req.on('close', () => screens.delete(res));
}

/**
 * The organizer's change: its message published to every instance, not waited for, as the
 * portal's LiveEvents does not wait for Redis before answering.
 */
async function publish(body) {
  connections()
    .redis.publish(channel, body)
    .catch(() => undefined);
  return { published: body.length };
}

/** The door: the pass by its token, admitted once (conditional update), the check-in row. */
async function scan(pool, claims, contestId, code) {
  const conn = await pool.getConnection();
  try {
    const user = await principal(conn, claims);
    if (!user) throw new Refusal(401, 'UNAUTHENTICATED');
    if (user.role !== 'organizer' && user.role !== 'admin') throw new Refusal(403, 'FORBIDDEN');
    await conn.beginTransaction();
    const [[festival]] = await conn.query('SELECT id FROM festivals WHERE contestId = ?', [
      contestId,
    ]);
    if (!festival) throw new Refusal(404, 'NOT_FOUND');
    const [[pass]] = await conn.query('SELECT * FROM festival_passes WHERE token = ?', [code]);
    if (!pass) throw new Refusal(404, 'CHECK_IN_CODE_UNKNOWN');
    if (pass.festivalId !== festival.id) throw new Refusal(409, 'CHECK_IN_OTHER_FESTIVAL');
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    const [admitted] = await conn.query(
      'UPDATE festival_passes SET checkedInAt = ? WHERE id = ? AND checkedInAt IS NULL',
      [now, pass.id],
    );
    let checkedInAt = now;
    if (admitted.affectedRows === 1)
      await conn.query(
        `INSERT INTO festival_check_ins (id, festivalId, passId, nonce, deviceId, scannedAt, doubleEntry, staffUserId)
         VALUES (?, ?, ?, ?, 'online', ?, 0, ?)`,
        [randomUUID(), festival.id, pass.id, `online-${randomUUID()}`, now, claims.sub],
      );
    else
      [[{ checkedInAt }]] = await conn.query(
        'SELECT checkedInAt FROM festival_passes WHERE id = ?',
        [pass.id],
      );
    await conn.commit();
    return {
      outcome: admitted.affectedRows === 1 ? 'admitted' : 'already',
      checkedInAt: checkedInAt.toISOString(),
      holder: { fullName: pass.fullName, role: pass.role, shortCode: pass.shortCode },
    };
  } catch (error) {
    await conn.rollback().catch(() => undefined);
    throw error;
  } finally {
    conn.release();
  }
}

const codeHash = (typed) =>
  createHash('sha256')
    .update(typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1'))
    .digest('hex');

/** A badge code's vote: one row per voter (insert, or change), every cast kept. */
async function vote(pool, contestId, client, { entryId, code }) {
  const wrong = await connections().redis.get(
    `${prefix}:vote-code-wrong:${createHash('sha256').update(client).digest('hex')}`,
  );
  if (Number(wrong ?? 0) >= 10) throw new Refusal(429, 'TOO_MANY_REQUESTS');
  const [[festival]] = await pool.query(
    'SELECT id FROM festivals WHERE contestId = ? AND publishedAt IS NOT NULL',
    [contestId],
  );
  if (!festival) throw new Refusal(404, 'NOT_FOUND');
  const [[badge]] = await pool.query(
    'SELECT id FROM festival_vote_codes WHERE festivalId = ? AND codeHash = ?',
    [festival.id, codeHash(code)],
  );
  if (!badge) throw new Refusal(403, 'INVALID_VOTE_CODE');
  const voter = `code:${badge.id}`;
  for (let attempt = 1; ; attempt++) {
    try {
      return await record(pool, contestId, festival.id, voter, entryId);
    } catch (error) {
      // Two first votes of one voter at once: the unique row kept one; the other runs again.
      if (error.errno !== 1062 || attempt >= 3) throw error;
    }
  }
}

async function record(pool, contestId, festivalId, voter, entryId) {
  const conn = await pool.getConnection();
  try {
    await conn.beginTransaction();
    const [[live]] = await conn.query(
      'SELECT votingOpenedAt, votingClosedAt FROM festival_live_finals WHERE festivalId = ?',
      [festivalId],
    );
    if (!live?.votingOpenedAt || live.votingClosedAt) throw new Refusal(409, 'VOTING_CLOSED');
    const [[entry]] = await conn.query(
      `SELECT e.id, e.code FROM entries e
         JOIN round_entries re ON re.entryId = e.id
        WHERE e.id = ? AND e.contestId = ?
          AND re.roundId = (SELECT id FROM contest_rounds WHERE contestId = ? ORDER BY position DESC LIMIT 1)`,
      [entryId, contestId, contestId],
    );
    if (!entry) throw new Refusal(422, 'VOTE_NOT_FINALIST');
    const [[existing]] = await conn.query(
      'SELECT id, entryId, changes FROM festival_votes WHERE festivalId = ? AND voter = ?',
      [festivalId, voter],
    );
    const now = new Date();
    if (existing?.entryId === entry.id) {
      await conn.commit();
      return { entryId: entry.id, code: entry.code, changes: existing.changes };
    }
    if (existing) {
      const [changed] = await conn.query(
        'UPDATE festival_votes SET entryId = ?, castAt = ?, changes = changes + 1 WHERE id = ? AND entryId = ?',
        [entry.id, now, existing.id, existing.entryId],
      );
      if (changed.affectedRows !== 1) throw Object.assign(new Error('raced'), { errno: 1062 });
    } else
      await conn.query(
        `INSERT INTO festival_votes (id, festivalId, voter, entryId, firstCastAt, castAt, changes)
         VALUES (?, ?, ?, ?, ?, ?, 0)`,
        [randomUUID(), festivalId, voter, entry.id, now, now],
      );
    await conn.query(
      `INSERT INTO festival_vote_casts (id, festivalId, voter, entryId, previousEntryId, castAt)
       VALUES (?, ?, ?, ?, ?, ?)`,
      [randomUUID(), festivalId, voter, entry.id, existing?.entryId ?? null, now],
    );
    await conn.commit();
    return {
      entryId: entry.id,
      code: entry.code,
      changes: existing ? existing.changes + 1 : 0,
    };
  } catch (error) {
    await conn.rollback().catch(() => undefined);
    throw error;
  } finally {
    conn.release();
  }
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const HALL_EVENTS = /^\/festival\/hall\/events$/;
const HALL_PUBLISH = /^\/festival\/hall\/publish$/;
const CHECK_IN = /^\/festival\/([0-9a-f-]{36})\/check-ins$/;
const VOTE = /^\/festival\/([0-9a-f-]{36})\/votes$/;

/** `/festival/...` of the bare server. */
export function festivalRoute(pool, req, res) {
  const answer = (status, body) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  if (req.method === 'GET' && HALL_EVENTS.test(req.url)) return void follow(req, res);
  const work = readBody(req).then((raw) => {
    if (req.method !== 'POST') throw new Refusal(404, 'NOT_FOUND');
    if (HALL_PUBLISH.test(req.url)) return publish(raw);
    const checkIn = CHECK_IN.exec(req.url);
    if (checkIn) {
      const claims = verifyToken(req.headers.authorization);
      if (!claims) throw new Refusal(401, 'UNAUTHENTICATED');
      return scan(pool, claims, checkIn[1], JSON.parse(raw).code.trim());
    }
    const voted = VOTE.exec(req.url);
    if (voted) return vote(pool, voted[1], req.socket.remoteAddress ?? '', JSON.parse(raw));
    throw new Refusal(404, 'NOT_FOUND');
  });
  work.then(
    (body) => answer(200, body),
    (error) =>
      answer(error instanceof Refusal ? error.status : 500, {
        code: error instanceof Refusal ? error.message : 'INTERNAL',
        message: error instanceof Refusal ? undefined : String(error),
      }),
  );
}
