import { containsPattern } from './like-pattern';

describe('containsPattern', () => {
  it('matches the text anywhere', () => {
    expect(containsPattern('thpt')).toBe('%thpt%');
  });

  it('takes the wildcards and the escape character literally', () => {
    expect(containsPattern('50%_off!')).toBe('%50!%!_off!!%');
  });
});
