import { reportFileName, sheetNames } from './report-workbook';

describe('sheetNames', () => {
  it('keeps what Excel accepts: no forbidden characters, 31 at most, none alike', () => {
    expect(sheetNames(['Điểm vòng 1', 'a/b:c*d?[e]', 'Điểm VÒNG 1', ''])).toEqual([
      'Điểm vòng 1',
      'a b c d  e',
      'Điểm VÒNG 1 (2)',
      'Sheet',
    ]);
    const long = 'Giải thưởng dành cho nhóm do phụ nữ làm trưởng nhóm';
    const [one, two] = sheetNames([long, long]);
    expect([...one]).toHaveLength(31);
    expect([...two]).toHaveLength(31);
    expect(two.endsWith(' (2)')).toBe(true);
  });
});

describe('reportFileName', () => {
  it('names the file by the contest slug and the day', () => {
    expect(reportFileName('khoi-nghiep-2026', '2026-12-06')).toBe(
      'khoi-nghiep-2026-report-2026-12-06.xlsx',
    );
    expect(reportFileName('"; rm -rf', '2026-12-06')).toBe('rm-rf-report-2026-12-06.xlsx');
  });
});
