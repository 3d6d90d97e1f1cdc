// The festival scenario's hall part: 200 hall screens (server-sent events) split over two
// portal instances while the organizer opens pitches on the first one. Half the screens get
// each change through the instance's own emitter, half through Redis pub/sub. Timed from
// the organizer's answer to the last screen showing the new pitch. The baseline: two bare
// instances, 200 screens split the same way, a message of the same size published through
// ioredis on one and written to every screen by both.
import { progress, request } from '../lib/drive.mjs';
import { openScreens } from '../lib/sse-screens.mjs';

/** Latencies of one change: from the answer to the last screen (0 when every screen was first). */
const fanOut = (answeredAt, times) => Math.max(0, ...times.map((t) => t - answeredAt));

/** Figures of sequential changes: the rate is one change after another (1 / mean time). */
export function changeFigures(ms, errors = 0) {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  const mean = ms.reduce((s, v) => s + v, 0) / ms.length;
  return { requests: ms.length, perSecond: 1000 / mean, p50: at(50), p99: at(99), errors };
}

export async function measureHall({ name, stack, bare, second, fixture, organizer, quick }) {
  const screens = quick ? 20 : 200;
  const events = quick ? 5 : 30;
  const warmUp = 3;
  const api = `/api/v1/contests/${fixture.contestId}/festival`;
  for (const categoryId of fixture.categoryIds) {
    const drawn = await request(stack.url, 'POST', `${api}/pitch-order/${categoryId}/draw`, {
      token: organizer.token,
    });
    if (drawn.status !== 201) throw new Error(`draw answered ${drawn.status}: ${drawn.body}`);
  }
  const order = JSON.parse((await request(stack.url, 'GET', `${api}/pitch-order`)).body);
  const pitches = order.categories.flatMap((c) => c.pitches);

  progress(`${name}: connecting ${screens} platform and ${screens} bare hall screens`);
  const hallPath = `/contests/${encodeURIComponent(fixture.slug)}/festival/hall/events`;
  const platformScreens = await openScreens(
    [stack.url, second.portal.url].map((u) => `${u}${hallPath}`),
    screens,
  );
  const bareScreens = await openScreens(
    [bare.url, second.bare.url].map((u) => `${u}/festival/hall/events`),
    screens,
  );

  const platform = [];
  const baseline = [];
  let errors = 0;
  let bareErrors = 0;
  let message = '';
  for (let i = 0; i < warmUp + events; i++) {
    progress(`${name}: hall change ${i + 1}/${warmUp + events} (${warmUp} not measured)`);
    const pitch = pitches[i % pitches.length];
    const shown = platformScreens.expect((state) => state.pitch?.code === pitch.code);
    const started = performance.now();
    const opened = await request(stack.url, 'POST', `${api}/pitches/${pitch.id}/open`, {
      token: organizer.token,
    });
    const answeredAt = started + opened.ms;
    if (opened.status !== 200) errors++;
    const times = await shown;
    if (i >= warmUp) platform.push(fanOut(answeredAt, times));
    message = opened.body;

    // The same size as the state the screens just got, tagged so each screen knows it.
    const tag = `{"seq":${i},"pad":"`;
    const body = `${tag}${'x'.repeat(Math.max(0, message.length - tag.length - 2))}"}`;
    const received = bareScreens.expect((m) => m.seq === i);
    const sent = performance.now();
    const published = await request(bare.url, 'POST', '/festival/hall/publish', {
      headers: { 'content-type': 'application/json' },
      body: JSON.parse(body),
    });
    if (published.status !== 200) bareErrors++;
    const bareTimes = await received;
    if (i >= warmUp) baseline.push(fanOut(sent + published.ms, bareTimes));
  }
  platformScreens.close();
  bareScreens.close();
  return {
    case: `hall: ${screens} screens on 2 instances, pitch opened -> every screen updated (${events} changes, ${message.length}-byte state)`,
    unit: 'changes/s',
    platform: changeFigures(platform, errors),
    bare: changeFigures(baseline, bareErrors),
  };
}
