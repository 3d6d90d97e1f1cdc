import type { Category, ContestQuestion } from '@app/contests';
import { QuestionKind } from '@app/contests';
import { EntryStatus } from '../entries/entry.entity';
import type { Entry } from '../entries/entry.entity';
import { MemberRole } from '../members/team-member.entity';
import type { TeamMember } from '../members/team-member.entity';
import type { ContestLabels } from '../listing/entry-listing.mapper';
import { EXPORT_COLUMNS, exportHeaders, exportRows } from './export-columns';
import type { ExportContext } from './export-columns';

const labels: ContestLabels = {
  categories: new Map([
    ['cat-1', { id: 'cat-1', key: 'y-tuong', nameVi: 'Ý tưởng', nameEn: 'Idea' } as Category],
  ]),
  fields: new Map([
    ['nong-nghiep', { key: 'nong-nghiep', labelVi: 'Nông nghiệp', labelEn: 'Agriculture' }],
  ]),
};

const questions = [
  {
    key: 'von',
    labelVi: 'Vốn cần gọi (triệu đồng)',
    labelEn: 'Funding sought',
    kind: QuestionKind.number,
  },
  {
    key: 'nguon',
    labelVi: 'Biết cuộc thi qua đâu?',
    labelEn: 'How did you hear of it?',
    kind: QuestionKind.shortText,
  },
] as ContestQuestion[];

const context: ExportContext = {
  labels,
  questions,
  phones: new Map([['u-leader', '0912 345 678']]),
};

const entry = {
  code: 'QNG5-0042',
  status: EntryStatus.submitted,
  categoryId: 'cat-1',
  fieldKey: 'nong-nghiep',
  title: 'Máy sấy nông sản',
  teamName: null,
  organization: 'Trường THPT Lê Khiết',
  district: 'Huyện Sơn Tịnh',
  commune: 'Phường Trương Quang Trọng',
  // 16:05 on 26 November 2026 in Vietnam
  submittedAt: new Date('2026-11-26T09:05:00Z'),
  answers: { von: 1250.5, nguon: 'Đoàn trường' },
} as unknown as Entry;

const member = (overrides: Partial<TeamMember>): TeamMember =>
  ({
    fullName: 'Trần Thị Mai',
    email: 'mai@example.vn',
    dateOfBirth: '2008-05-01',
    gender: 'female',
    organization: null,
    role: MemberRole.member,
    userId: null,
    ...overrides,
  }) as TeamMember;

describe('exportRows', () => {
  it('writes one row per member, repeating the entry, in Vietnam time and the chosen language', () => {
    const rows = exportRows(
      entry,
      [
        member({
          fullName: 'Lê Văn An',
          role: MemberRole.leader,
          gender: null,
          userId: 'u-leader',
        }),
        member({}),
      ],
      context,
      'vi',
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveLength(EXPORT_COLUMNS.length + questions.length);
    expect(rows[1]).toEqual([
      'QNG5-0042',
      'Đã nộp',
      'Ý tưởng',
      'Nông nghiệp',
      'Máy sấy nông sản',
      '',
      'Trường THPT Lê Khiết',
      'Huyện Sơn Tịnh',
      'Phường Trương Quang Trọng',
      'lúc 16:05, 26/11/2026',
      'Trần Thị Mai',
      'mai@example.vn',
      '',
      '01/05/2008',
      'Nữ',
      '',
      'Thành viên',
      '1.250,5',
      'Đoàn trường',
    ]);
    expect(rows[0].slice(10, 13)).toEqual(['Lê Văn An', 'mai@example.vn', '0912 345 678']);
    expect(rows[0].slice(14, 17)).toEqual(['', '', 'Trưởng nhóm']);
    const en = exportRows(entry, [member({})], context, 'en')[0];
    expect(en.slice(1, 4)).toEqual(['Submitted', 'Idea', 'Agriculture']);
    expect(en[9]).toBe('16:05, 26/11/2026');
    expect(en.slice(-2)).toEqual(['1,250.5', 'Đoàn trường']);
  });

  it('keeps an entry without members as one row, answers included', () => {
    const [row] = exportRows(entry, [], context, 'vi');
    expect(row).toEqual([
      ...exportRows(entry, [member({})], context, 'vi')[0].slice(0, 10),
      ...Array(7).fill(''),
      '1.250,5',
      'Đoàn trường',
    ]);
  });

  it('heads the columns with the shared entry labels, then each question by its label', () => {
    expect(exportHeaders('vi', questions)).toHaveLength(EXPORT_COLUMNS.length + 2);
    expect(exportHeaders('vi', questions).slice(-2)).toEqual([
      'Vốn cần gọi (triệu đồng)',
      'Biết cuộc thi qua đâu?',
    ]);
    expect(exportHeaders('en')[0]).toBe('Entry code');
    expect(exportHeaders('vi')[12]).toBe('Số điện thoại');
    expect(exportHeaders('vi').slice(7, 9)).toEqual([
      'Huyện / Thành phố (trước 7/2025)',
      'Xã / Phường',
    ]);
    expect(exportHeaders('en')[8]).toBe('Commune / Ward');
  });
});
