import { MemoryRateLimitStore } from './rate-limit-store';

describe('MemoryRateLimitStore', () => {
  let now = 1_000_000;
  const store = () => new MemoryRateLimitStore(() => now);

  beforeEach(() => {
    now = 1_000_000;
  });

  it('counts up to the limit without blocking, then blocks for the block time', async () => {
    const counters = store();
    for (let hit = 1; hit <= 3; hit++) {
      const record = await counters.increment('k', 60_000, 3, 120_000, 'sign-in');
      expect(record).toMatchObject({ totalHits: hit, isBlocked: false, timeToBlockExpire: 0 });
    }
    const fourth = await counters.increment('k', 60_000, 3, 120_000, 'sign-in');
    expect(fourth).toMatchObject({ totalHits: 4, isBlocked: true, timeToBlockExpire: 120 });
  });

  it('starts a new window after the window, but a block outlives it', async () => {
    const counters = store();
    for (let hit = 0; hit < 4; hit++) await counters.increment('k', 60_000, 3, 120_000, 'n');
    now += 61_000;
    const afterWindow = await counters.increment('k', 60_000, 3, 120_000, 'n');
    expect(afterWindow).toMatchObject({ totalHits: 1, isBlocked: true, timeToBlockExpire: 59 });
    now += 60_000;
    const afterBlock = await counters.increment('k', 60_000, 3, 120_000, 'n');
    expect(afterBlock).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('keeps counters of different names and keys apart', async () => {
    const counters = store();
    for (let hit = 0; hit < 4; hit++) await counters.increment('k', 60_000, 3, 60_000, 'a');
    expect((await counters.increment('k', 60_000, 3, 60_000, 'b')).totalHits).toBe(1);
    expect((await counters.increment('other', 60_000, 3, 60_000, 'a')).totalHits).toBe(1);
  });

  it('forgets finished counters', async () => {
    const counters = store();
    await counters.increment('old', 1_000, 3, 1_000, 'n');
    now += 120_000;
    await counters.increment('new', 1_000, 3, 1_000, 'n');
    expect((counters as unknown as { counters: Map<string, unknown> }).counters.size).toBe(1);
  });
});
