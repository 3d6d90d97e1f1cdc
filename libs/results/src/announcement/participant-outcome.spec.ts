import { outcomeKey, outcomeOf } from './participant-outcome';

const facts = (over: Partial<Parameters<typeof outcomeOf>[0]> = {}) => ({
  status: 'advanced',
  roundsReached: [1],
  prizeIds: [],
  ...over,
});

describe('the outcome of a participant', () => {
  it('is a prize winner with every prize held, whatever else is true', () => {
    expect(outcomeOf(facts({ roundsReached: [1, 2, 3], prizeIds: ['b', 'a', 'b'] }), 3)).toEqual({
      kind: 'prize',
      round: null,
      prizeIds: ['a', 'b'],
    });
  });

  it('is a finalist for an entry in the last round without a prize', () => {
    expect(outcomeOf(facts({ roundsReached: [1, 2, 3] }), 3).kind).toBe('finalist');
  });

  it('is advanced to the last round reached below the final', () => {
    expect(outcomeOf(facts({ roundsReached: [2, 1] }), 3)).toEqual({
      kind: 'advanced',
      round: 2,
      prizeIds: [],
    });
  });

  it('is not advanced for an entry that stayed in the first round or entered none', () => {
    expect(outcomeOf(facts({ roundsReached: [1], status: 'eliminated' }), 3).kind).toBe(
      'not_advanced',
    );
    expect(outcomeOf(facts({ roundsReached: [], status: 'eligible' }), 3).kind).toBe(
      'not_advanced',
    );
  });

  it('is ineligible for an entry screened out', () => {
    expect(outcomeOf(facts({ roundsReached: [], status: 'ineligible' }), 2).kind).toBe(
      'ineligible',
    );
  });

  it('has no finalists in a contest of one round', () => {
    expect(outcomeOf(facts({ roundsReached: [1] }), 1).kind).toBe('not_advanced');
    expect(outcomeOf(facts({ roundsReached: [1], prizeIds: ['p'] }), 1).kind).toBe('prize');
  });

  it('keys outcomes so that a changed prize or round is a change, and the same one is not', () => {
    const first = outcomeOf(facts({ prizeIds: ['p1'] }), 2);
    expect(outcomeKey(first)).toBe('prize:p1');
    expect(outcomeKey(outcomeOf(facts({ prizeIds: ['p2'] }), 2))).not.toBe(outcomeKey(first));
    expect(outcomeKey(outcomeOf(facts({ prizeIds: ['p1'] }), 2))).toBe(outcomeKey(first));
    expect(outcomeKey(outcomeOf(facts({ roundsReached: [1, 2] }), 3))).toBe('advanced:2');
    expect(outcomeKey(outcomeOf(facts({ roundsReached: [1, 2] }), 2))).toBe('finalist');
  });
});
