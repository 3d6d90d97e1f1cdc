import { biasModel } from './bias-model';

const t = (judgeUserId: string, entryId: string, total: number) => ({
  judgeUserId,
  entryId,
  total,
});

describe('additive judge-bias model', () => {
  it('takes a generous judge out of a chain graph (no shrinkage)', () => {
    // A: x=80, y=70; B: y=60, z=50. Exact fit with b_A + b_B = 0:
    // y: q_y + b_A = 70 and q_y + b_B = 60 -> b_A - b_B = 10 -> b_A = 5, b_B = -5;
    // q_x = 80 - 5 = 75, q_y = 65, q_z = 50 + 5 = 55 (raw means: 80, 65, 50).
    const fit = biasModel([t('A', 'x', 80), t('A', 'y', 70), t('B', 'y', 60), t('B', 'z', 50)], 0);
    expect(fit.converged).toBe(true);
    expect(fit.severity.get('A')).toBeCloseTo(5, 6);
    expect(fit.severity.get('B')).toBeCloseTo(-5, 6);
    expect(fit.quality.get('x')).toBeCloseTo(75, 6);
    expect(fit.quality.get('y')).toBeCloseTo(65, 6);
    expect(fit.quality.get('z')).toBeCloseTo(55, 6);
  });

  it('shrinks severities by n / (n + lambda) on a complete graph', () => {
    // A: x=80, y=60; B: x=70, y=50. By symmetry q_x = 75, q_y = 55, b_B = -b_A and
    // b_A = ((80 - 75) + (60 - 55)) / (2 + lambda) = 10 / (2 + lambda).
    const totals = [t('A', 'x', 80), t('A', 'y', 60), t('B', 'x', 70), t('B', 'y', 50)];
    for (const [lambda, expected] of [
      [0, 5],
      [2, 2.5],
      [5, 10 / 7],
    ]) {
      const fit = biasModel(totals, lambda);
      expect(fit.severity.get('A')).toBeCloseTo(expected, 6);
      expect(fit.severity.get('B')).toBeCloseTo(-expected, 6);
      expect(fit.quality.get('x')).toBeCloseTo(75, 6);
      expect(fit.quality.get('y')).toBeCloseTo(55, 6);
    }
  });

  it('shrinks a judge with one score more than judges with two', () => {
    const totals = [
      t('A', 'x', 80),
      t('A', 'y', 60),
      t('B', 'x', 70),
      t('B', 'y', 50),
      t('C', 'x', 90),
    ];
    // lambda = 0, exact fit with b_A + b_B + b_C = 0: b_A = 80 - q_x, b_B = 70 - q_x,
    // b_C = 90 - q_x -> 240 - 3 q_x = 0 -> q_x = 80, b = (0, -10, 10), q_y = 60.
    const raw = biasModel(totals, 0);
    expect(raw.severity.get('A')).toBeCloseTo(0, 6);
    expect(raw.severity.get('B')).toBeCloseTo(-10, 6);
    expect(raw.severity.get('C')).toBeCloseTo(10, 6);
    expect(raw.quality.get('y')).toBeCloseTo(60, 6);

    // lambda = 5, normal equations:
    //   q_x: 3 q_x = 240 - (b_A + b_B + b_C) = 240 -> q_x = 80
    //   b_C: (1 + 5) b_C = 90 - 80 -> b_C = 10 / 6 = 1.6666667
    //   q_y: q_y = (110 - b_A - b_B) / 2 = (110 + b_C) / 2 = 55.8333333
    //   b_A: (2 + 5) b_A = 140 - 80 - q_y -> b_A = 4.1666667 / 7 = 0.5952381
    //   b_B: (2 + 5) b_B = 120 - 80 - q_y -> b_B = -15.8333333 / 7 = -2.2619048
    const shrunk = biasModel(totals, 5);
    expect(shrunk.quality.get('x')).toBeCloseTo(80, 6);
    expect(shrunk.quality.get('y')).toBeCloseTo(55.8333333, 6);
    expect(shrunk.severity.get('A')).toBeCloseTo(0.5952381, 6);
    expect(shrunk.severity.get('B')).toBeCloseTo(-2.2619048, 6);
    expect(shrunk.severity.get('C')).toBeCloseTo(1.6666667, 6);
    // C keeps 1/6 of the severity seen without shrinkage; A and B keep 2/7 of their gap.
    const sum = [...shrunk.severity.values()].reduce((s, v) => s + v, 0);
    expect(sum).toBeCloseTo(0, 9);
  });

  it('gives the same answer whatever the order of the reviews', () => {
    const totals = [
      t('A', 'x', 80),
      t('A', 'y', 70),
      t('B', 'y', 60),
      t('B', 'z', 50),
      t('C', 'z', 65),
    ];
    const one = biasModel(totals);
    const two = biasModel([...totals].reverse());
    expect([...two.quality]).toEqual([...one.quality]);
    expect([...two.severity]).toEqual([...one.severity]);
  });

  it('reaches the optimum of a large sparse round in a sweep or two, from the direct solve', () => {
    // 600 entries, 3 of 40 judges each: plain sweeps from zero need hundreds of iterations.
    const totals = [];
    for (let e = 0; e < 600; e++)
      for (let k = 0; k < 3; k++) {
        const judge = (e * 3 + k) % 40;
        totals.push(t(`j${judge}`, `e${e}`, 50 + ((e * 37) % 41) + (judge % 7) - 3));
      }
    const fit = biasModel(totals);
    expect(fit.converged).toBe(true);
    expect(fit.iterations).toBeLessThanOrEqual(2);
    // The normal equation of every judge holds: sum of (t - q - b) over its reviews = lambda b.
    for (const judge of fit.severity.keys()) {
      const b = fit.severity.get(judge)!;
      const residual = totals
        .filter((r) => r.judgeUserId === judge)
        .reduce((sum, r) => sum + r.total - fit.quality.get(r.entryId)! - b, 0);
      expect(residual).toBeCloseTo(5 * b, 6);
    }
  });

  it('falls back to sweeps from zero when the direct system is singular (no shrinkage, two separate groups)', () => {
    const fit = biasModel([t('A', 'x', 80), t('A', 'y', 70), t('B', 'z', 60), t('B', 'w', 50)], 0);
    expect(fit.converged).toBe(true);
    expect(fit.quality.get('x')! - fit.quality.get('y')!).toBeCloseTo(10, 6);
  });
});
