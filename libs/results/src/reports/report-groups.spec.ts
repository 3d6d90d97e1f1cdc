import { largestFirst, mergedSpellings, ordered } from './report-groups';

describe('mergedSpellings', () => {
  it('names a school by its accented, capitalised spelling when no spelling is more used', () => {
    expect(
      mergedSpellings([
        { key: 'Truong THPT Le Khiet', count: 1 },
        { key: 'trường thpt lê khiết', count: 1 },
        { key: 'Trường THPT Lê Khiết', count: 1 },
      ]),
    ).toEqual([{ key: 'Trường THPT Lê Khiết', count: 3 }]);
  });

  it('merges spellings of one school, named by the most used one', () => {
    expect(
      mergedSpellings([
        { key: 'Trường THPT Lê Khiết', count: 3 },
        { key: ' trường  thpt lê khiết ', count: 1 },
        { key: 'TRUONG THPT LE KHIET', count: 1 },
        { key: 'Công ty Đông Hải', count: 2 },
        { key: '   ', count: 1 },
        { key: null, count: 2 },
      ]),
    ).toEqual([
      { key: 'Trường THPT Lê Khiết', count: 5 },
      { key: 'Công ty Đông Hải', count: 2 },
      { key: null, count: 3 },
    ]);
  });
});

describe('largestFirst and ordered', () => {
  it('puts the largest group first and "not given" last', () => {
    expect(
      largestFirst([
        { key: null, count: 9 },
        { key: 'Bình Sơn', count: 1 },
        { key: 'Ba Tơ', count: 1 },
        { key: 'Lý Sơn', count: 4 },
      ]).map((g) => g.key),
    ).toEqual(['Lý Sơn', 'Ba Tơ', 'Bình Sơn', null]);
  });

  it('lists known groups in their order, every one when asked, then the rest', () => {
    const groups = [
      { key: 'male', count: 2 },
      { key: 'unknown-old-value', count: 1 },
      { key: null, count: 3 },
    ];
    expect(ordered(groups, ['female', 'male'])).toEqual([
      { key: 'male', count: 2 },
      { key: 'unknown-old-value', count: 1 },
      { key: null, count: 3 },
    ]);
    expect(ordered(groups, ['female', 'male'], true)[0]).toEqual({ key: 'female', count: 0 });
  });
});
