import { foldVietnamese } from './fold-vietnamese';

describe('foldVietnamese', () => {
  it.each([
    ['Sa Huỳnh', 'sa huynh'],
    ['Đức Phổ', 'duc pho'],
    ['SA HUỲNH', 'sa huynh'],
    ['Nguyễn Thị Ánh Tuyết', 'nguyen thi anh tuyet'],
    ['Ương Ươm Ưỡn ơi', 'uong uom uon oi'],
    ['Trường THPT Lê Khiết', 'truong thpt le khiet'],
    ['QNG5-0042', 'qng5-0042'],
    ['an.nguyen@example.vn', 'an.nguyen@example.vn'],
    ['  Bình   Sơn\n', 'binh son'],
  ])('%j -> %j', (text, folded) => {
    expect(foldVietnamese(text)).toBe(folded);
  });

  it('folds precomposed and decomposed spellings alike', () => {
    const decomposed = 'Huỳnh'.normalize('NFD');
    expect(decomposed).not.toBe('Huỳnh');
    expect(foldVietnamese(decomposed)).toBe(foldVietnamese('Huỳnh'));
  });

  it('keeps % and _ for the LIKE escaping that follows', () => {
    expect(foldVietnamese('100% _Xanh_')).toBe('100% _xanh_');
  });
});
