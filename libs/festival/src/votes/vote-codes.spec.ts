import { newVoteCode, voteCodeHash } from './vote-codes';

describe('badge vote codes', () => {
  it('are 12 symbols of Crockford base 32 in three groups', () => {
    expect(newVoteCode()).toMatch(
      /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/,
    );
  });

  it('match however the guest types them', () => {
    const code = 'K7QD-3MZA-9XW0';
    expect(voteCodeHash('k7qd 3mza 9xwo')).toBe(voteCodeHash(code));
  });

  it('differ from one badge to the next', () => {
    const codes = new Set(Array.from({ length: 1000 }, newVoteCode));
    expect(codes.size).toBe(1000);
  });
});
