import type { Category } from '@app/contests/categories/category.entity';
import { EntryStatus } from '../entries/entry.entity';
import type { Entry } from '../entries/entry.entity';
import { MemberRole } from '../members/team-member.entity';
import type { TeamMember } from '../members/team-member.entity';
import type { ContestLabels } from '../listing/entry-listing.mapper';
import { EXPORT_COLUMNS, exportHeaders, exportRows } from './export-columns';

const labels: ContestLabels = {
  categories: new Map([
    ['cat-1', { id: 'cat-1', key: 'y-tuong', nameVi: 'Ý tưởng', nameEn: 'Idea' } as Category],
  ]),
  fields: new Map([
    ['nong-nghiep', { key: 'nong-nghiep', labelVi: 'Nông nghiệp', labelEn: 'Agriculture' }],
  ]),
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
  // 16:05 on 26 November 2026 in Vietnam
  submittedAt: new Date('2026-11-26T09:05:00Z'),
} as Entry;

const member = (overrides: Partial<TeamMember>): TeamMember =>
  ({
    fullName: 'Trần Thị Mai',
    email: 'mai@example.vn',
    dateOfBirth: '2008-05-01',
    gender: 'female',
    organization: null,
    role: MemberRole.member,
    ...overrides,
  }) as TeamMember;

describe('exportRows', () => {
  it('writes one row per member, repeating the entry, in Vietnam time and the chosen language', () => {
    const rows = exportRows(
      entry,
      [member({ fullName: 'Lê Văn An', role: MemberRole.leader, gender: null }), member({})],
      labels,
      'vi',
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveLength(EXPORT_COLUMNS.length);
    expect(rows[1]).toEqual([
      'QNG5-0042',
      'Đã nộp',
      'Ý tưởng',
      'Nông nghiệp',
      'Máy sấy nông sản',
      '',
      'Trường THPT Lê Khiết',
      'Huyện Sơn Tịnh',
      '26/11/2026 16:05',
      'Trần Thị Mai',
      'mai@example.vn',
      '01/05/2008',
      'Nữ',
      '',
      'Thành viên',
    ]);
    expect(rows[0].slice(12)).toEqual(['', '', 'Trưởng nhóm']);
    expect(exportRows(entry, [member({})], labels, 'en')[0].slice(1, 4)).toEqual([
      'Submitted',
      'Idea',
      'Agriculture',
    ]);
  });

  it('keeps an entry without members as one row', () => {
    expect(exportRows(entry, [], labels, 'vi')).toEqual([
      [...exportRows(entry, [member({})], labels, 'vi')[0].slice(0, 9), '', '', '', '', '', ''],
    ]);
  });

  it('has a header for every column in both languages', () => {
    expect(exportHeaders('vi')).toHaveLength(EXPORT_COLUMNS.length);
    expect(exportHeaders('en')[0]).toBe('Entry code');
  });
});
