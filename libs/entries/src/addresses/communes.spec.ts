import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { UpdateEntryDto } from '../entries/entry.dto';
import { COMMUNE_NAMES, communeOptions } from './communes';
import { QUANG_NGAI_COMMUNES } from './quang-ngai-communes';

const problemsWith = (commune: unknown) =>
  validateSync(plainToInstance(UpdateEntryDto, { commune }), {
    whitelist: true,
    forbidNonWhitelisted: true,
  }).map((problem) => problem.property);

describe('the communes of Quảng Ngãi since July 2025', () => {
  it('holds the 96 units of the merged province, former Kon Tum and the special zone included', () => {
    expect(QUANG_NGAI_COMMUNES).toHaveLength(96);
    expect(new Set(QUANG_NGAI_COMMUNES.map((u) => u.code)).size).toBe(96);
    expect(COMMUNE_NAMES).toEqual(
      expect.arrayContaining([
        'Phường Sa Huỳnh',
        'Phường Kon Tum',
        'Đặc khu Lý Sơn',
        'Xã Măng Đen',
      ]),
    );
    const kinds = (prefix: string) => COMMUNE_NAMES.filter((n) => n.startsWith(prefix)).length;
    expect([kinds('Phường '), kinds('Xã '), kinds('Đặc khu ')]).toEqual([9, 86, 1]);
  });

  it('offers them by the place`s name, in Vietnamese order, with a folded text to search', () => {
    const options = communeOptions();
    const saHuynh = options.find((o) => o.value === 'Phường Sa Huỳnh');
    expect(saHuynh).toEqual({
      value: 'Phường Sa Huỳnh',
      label: 'Sa Huỳnh (phường)',
      search: 'sa huynh (phuong)',
    });
    expect(options.find((o) => o.value === 'Đặc khu Lý Sơn')?.label).toBe('Lý Sơn (đặc khu)');
    const labels = options.map((o) => o.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'vi')));
  });

  it('lets the API take only a name of the list, or nothing', () => {
    expect(problemsWith('Phường Sa Huỳnh')).toEqual([]);
    expect(problemsWith(null)).toEqual([]);
    expect(problemsWith('Huyện Đức Phổ')).toEqual(['commune']);
    expect(problemsWith('phường sa huỳnh')).toEqual(['commune']);
  });
});
