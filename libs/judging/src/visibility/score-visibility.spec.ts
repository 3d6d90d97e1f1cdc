import { visiblePeerScores } from './score-visibility';

const peers = [
  { judgeUserId: 'b', values: { x: 2 }, total: 2, submittedAt: new Date('2030-01-02') },
  { judgeUserId: 'me', values: { x: 5 }, total: 5, submittedAt: new Date('2030-01-01') },
  { judgeUserId: 'a', values: { x: 1 }, total: 1, submittedAt: new Date('2030-01-01') },
  { judgeUserId: 'c', values: { x: 3 }, total: 3, submittedAt: null },
];

describe('visiblePeerScores', () => {
  it('shows nothing by default, whatever the judge did', () => {
    expect(visiblePeerScores(null, true, 'me', peers)).toBeNull();
    expect(visiblePeerScores({}, true, 'me', peers)).toBeNull();
  });

  it('shows nothing before the judge submitted, with the option on', () => {
    expect(
      visiblePeerScores({ judgesSeeOthersAfterSubmitting: true }, false, 'me', peers),
    ).toBeNull();
  });

  it('numbers the others by submission order, without ids, drafts or the viewer', () => {
    const seen = visiblePeerScores({ judgesSeeOthersAfterSubmitting: true }, true, 'me', peers);
    expect(seen).toEqual([
      { judgeNumber: 1, scores: { x: 1 }, total: 1 },
      { judgeNumber: 2, scores: { x: 2 }, total: 2 },
    ]);
    expect(JSON.stringify(seen)).not.toMatch(/"(a|b|c)"/);
  });
});
