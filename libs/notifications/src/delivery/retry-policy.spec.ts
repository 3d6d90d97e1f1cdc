import { decideRetry, describeFailure } from './retry-policy';

describe('decideRetry', () => {
  const policy = { maxAttempts: 4, baseDelayMs: 2000, maxDelayMs: 5000 };
  const now = new Date('2026-01-01T00:00:00Z');
  const delayAfter = (failures: number) => {
    const decision = decideRetry(policy, failures, now);
    return decision.giveUp ? 'give up' : decision.nextAttemptAt.getTime() - now.getTime();
  };

  it('backs off exponentially up to the cap, then gives up after the last attempt', () => {
    expect([1, 2, 3, 4].map(delayAfter)).toEqual([2000, 4000, 5000, 'give up']);
  });

  it('never overflows on a large attempt count', () => {
    expect(decideRetry({ ...policy, maxAttempts: 1000 }, 500, now)).toEqual({
      giveUp: false,
      nextAttemptAt: new Date(now.getTime() + 5000),
    });
  });
});

describe('describeFailure', () => {
  it('keeps one bounded line', () => {
    expect(describeFailure(new Error('450 mailbox\r\n busy'))).toBe('450 mailbox busy');
    expect(describeFailure('x'.repeat(5000))).toHaveLength(1000);
  });
});
