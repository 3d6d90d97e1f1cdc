import { GalleryPrizes } from './gallery-prizes';

describe('GalleryPrizes', () => {
  it('names no prize until awards provide a source', async () => {
    expect(await new GalleryPrizes().of('contest', ['a', 'b'])).toEqual(new Map());
  });

  it('asks the source for the entries of the page, and not for an empty page', async () => {
    const prizes = new GalleryPrizes();
    const calls: Array<[string, readonly string[]]> = [];
    prizes.provide(async (contestId, entryIds) => {
      calls.push([contestId, entryIds]);
      return new Map([['a', [{ nameVi: 'Giải Nhất', nameEn: 'First prize' }]]]);
    });
    const found = await prizes.of('contest', ['a', 'b']);
    expect(found.get('a')).toEqual([{ nameVi: 'Giải Nhất', nameEn: 'First prize' }]);
    expect(found.get('b')).toBeUndefined();
    expect(await prizes.of('contest', [])).toEqual(new Map());
    expect(calls).toEqual([['contest', ['a', 'b']]]);
  });

  it('takes one source only', () => {
    const prizes = new GalleryPrizes();
    prizes.provide(async () => new Map());
    expect(() => prizes.provide(async () => new Map())).toThrow(/already/);
  });
});
