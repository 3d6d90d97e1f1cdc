// The festival scenario's people's choice: guests vote by badge code (codes made through
// the organizers' API), spread over a minute (both sides in the same minute, interleaved)
// or all at once (rounds alternating the sides), one in ten sending the same vote again
// once answered; the bare server does the same upsert on the same festival with
// codes of its own. Counted afterwards: one vote row and one cast per voter on each side.
import { createHash } from 'node:crypto';
import { burst, request, summarise } from '../lib/drive.mjs';

/** The hash the festival keeps of a code as made (Crockford symbols, dashes between groups). */
const voteCodeHash = (code) => createHash('sha256').update(code.replace(/-/g, '')).digest('hex');

/**
 * Voters start evenly over `windowMs`, `offsetMs` after their slot; every 10th sends its
 * vote again once answered.
 */
function spreadVotes(label, codes, windowMs, send, offsetMs = 0) {
  const tasks = codes.map((code, i) => async () => {
    await new Promise((r) => setTimeout(r, offsetMs + (i * windowMs) / codes.length));
    const first = await send(code, i);
    return i % 10 === 0 ? [first, await send(code, i)] : [first];
  });
  return burst(label, tasks).then(({ results, seconds }) => ({ results: results.flat(), seconds }));
}

async function votesOf(db, codes) {
  const [ids] = await db.query(
    'SELECT CONCAT("code:", id) AS voter FROM festival_vote_codes WHERE codeHash IN (?)',
    [codes.map(voteCodeHash)],
  );
  const voters = ids.map((r) => r.voter);
  const [[row]] = await db.query(
    `SELECT (SELECT COUNT(*) FROM festival_votes WHERE voter IN (?)) AS votes,
            (SELECT COUNT(DISTINCT voter) FROM festival_votes WHERE voter IN (?)) AS voters,
            (SELECT COUNT(*) FROM festival_vote_casts WHERE voter IN (?)) AS casts`,
    [voters, voters, voters],
  );
  return { votes: Number(row.votes), voters: Number(row.voters), casts: Number(row.casts) };
}

/** `windowMs` 0 sends every first vote of a round at once (a burst). */
export async function measureVotes(context, windowMs, rounds) {
  const { name, stack, bare, fixture, organizer, quick } = context;
  const voters = quick ? 50 : 1000;
  const how = windowMs ? `spread over ${windowMs / 1000} s` : 'at once';
  const api = `/api/v1/contests/${fixture.contestId}/festival`;
  const makeCodes = async () => {
    const made = await request(stack.url, 'POST', `${api}/vote-codes`, {
      token: organizer.token,
      body: { count: voters * rounds },
    });
    if (made.status !== 201) throw new Error(`vote-codes answered ${made.status}: ${made.body}`);
    return JSON.parse(made.body).codes;
  };
  const [mine, theirs] = [await makeCodes(), await makeCodes()];
  await request(stack.url, 'POST', `${api}/votes/open`, { token: organizer.token });
  const choice = (i) => fixture.finalistIds[i % fixture.finalistIds.length];
  const sides = [
    [
      'platform',
      mine,
      [],
      (code, i) =>
        request(stack.url, 'POST', `${api}/votes`, { body: { entryId: choice(i), code } }),
    ],
    [
      'bare',
      theirs,
      [],
      (code, i) =>
        request(bare.url, 'POST', `/festival/${fixture.contestId}/votes`, {
          body: { entryId: choice(i), code },
        }),
    ],
  ];
  const slice = (codes, round) => codes.slice(round * voters, (round + 1) * voters);
  for (let round = 0; round < rounds; round++)
    if (windowMs)
      // Spread: both sides in the same minute, each voter half a slot after the other
      // side's, so a spike of the machine's other load falls on both alike.
      await Promise.all(
        sides.map(([side, codes, runs, send], n) =>
          spreadVotes(
            `${name}: ${voters} + ${voters} guests voting ${how}, platform and bare interleaved`,
            slice(codes, round),
            windowMs,
            send,
            (n * windowMs) / voters / 2,
          ).then((run) => runs.push(run)),
        ),
      );
    else
      for (const [side, codes, runs, send] of sides)
        runs.push(
          await spreadVotes(
            `${name}: ${voters} guests voting ${how}, round ${round + 1}/${rounds}, ${side}`,
            slice(codes, round),
            0,
            send,
          ),
        );
  const isError = (r) => r.status !== 200;
  return {
    row: {
      case: `people's choice: ${voters} guests voting by badge code ${how}${rounds > 1 ? ` (${rounds} rounds)` : ''}, 1 in 10 re-sent`,
      unit: 'votes/s',
      platform: summarise(sides[0][2], isError),
      bare: summarise(sides[1][2], isError),
    },
    checks: {
      expected: voters * rounds,
      platform: await votesOf(stack.db, mine),
      bare: await votesOf(stack.db, theirs),
    },
  };
}
