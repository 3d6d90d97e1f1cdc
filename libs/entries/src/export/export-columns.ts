import type { Locale } from '@app/platform/i18n/translator';
import { formatVietnamDateTime } from '@app/platform/time/vietnam-time';
import type { Entry } from '../entries/entry.entity';
import type { TeamMember } from '../members/team-member.entity';
import type { ContestLabels } from '../listing/entry-listing.mapper';

export const EXPORT_COLUMNS = [
  'code',
  'status',
  'category',
  'field',
  'title',
  'teamName',
  'organization',
  'district',
  'submittedAt',
  'memberName',
  'memberEmail',
  'memberDateOfBirth',
  'memberGender',
  'memberOrganization',
  'memberRole',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

interface ExportTexts {
  sheet: string;
  headers: Record<ExportColumn, string>;
  statuses: Record<string, string>;
  roles: Record<string, string>;
  genders: Record<string, string>;
}

/** Everything a person reads in an export, in Vietnamese and English. */
export const EXPORT_CATALOGUE: Record<Locale, ExportTexts> = {
  vi: {
    sheet: 'Bài dự thi',
    headers: {
      code: 'Mã bài dự thi',
      status: 'Trạng thái',
      category: 'Bảng',
      field: 'Lĩnh vực',
      title: 'Tên ý tưởng/dự án',
      teamName: 'Tên đội',
      organization: 'Trường/Đơn vị',
      district: 'Huyện/Thành phố',
      submittedAt: 'Thời gian nộp (giờ Việt Nam)',
      memberName: 'Họ và tên thành viên',
      memberEmail: 'E-mail',
      memberDateOfBirth: 'Ngày sinh',
      memberGender: 'Giới tính',
      memberOrganization: 'Trường/Đơn vị của thành viên',
      memberRole: 'Vai trò',
    },
    statuses: {
      draft: 'Bản nháp',
      submitted: 'Đã nộp',
      withdrawn: 'Đã rút',
      eligible: 'Đủ điều kiện',
      ineligible: 'Không đủ điều kiện',
      advanced: 'Vào vòng trong',
      eliminated: 'Dừng bước',
    },
    roles: { leader: 'Trưởng nhóm', member: 'Thành viên' },
    genders: { male: 'Nam', female: 'Nữ', other: 'Khác' },
  },
  en: {
    sheet: 'Entries',
    headers: {
      code: 'Entry code',
      status: 'Status',
      category: 'Category',
      field: 'Field',
      title: 'Title',
      teamName: 'Team name',
      organization: 'School/organisation',
      district: 'District',
      submittedAt: 'Submitted at (Vietnam time)',
      memberName: 'Member name',
      memberEmail: 'E-mail',
      memberDateOfBirth: 'Date of birth',
      memberGender: 'Gender',
      memberOrganization: "Member's school/organisation",
      memberRole: 'Role',
    },
    statuses: {
      draft: 'Draft',
      submitted: 'Submitted',
      withdrawn: 'Withdrawn',
      eligible: 'Eligible',
      ineligible: 'Ineligible',
      advanced: 'Advanced',
      eliminated: 'Eliminated',
    },
    roles: { leader: 'Leader', member: 'Member' },
    genders: { male: 'Male', female: 'Female', other: 'Other' },
  },
};

export function exportHeaders(locale: Locale): string[] {
  return EXPORT_COLUMNS.map((column) => EXPORT_CATALOGUE[locale].headers[column]);
}

/** `2008-05-01` -> `01/05/2008`, as dates are written in Vietnam. */
function localDate(isoDate: string | null): string {
  const match = isoDate ? /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate) : null;
  return match ? `${match[3]}/${match[2]}/${match[1]}` : (isoDate ?? '');
}

/**
 * One row per team member, each repeating its entry's columns (an entry without
 * members still gets one row). Values are raw here; the writers neutralise them.
 */
export function exportRows(
  entry: Entry,
  members: TeamMember[],
  labels: ContestLabels,
  locale: Locale,
): string[][] {
  const texts = EXPORT_CATALOGUE[locale];
  const category = labels.categories.get(entry.categoryId);
  const field = entry.fieldKey ? labels.fields.get(entry.fieldKey) : undefined;
  const entryColumns = [
    entry.code,
    texts.statuses[entry.status] ?? entry.status,
    category ? (locale === 'en' ? category.nameEn : category.nameVi) : '',
    field ? (locale === 'en' ? field.labelEn : field.labelVi) : (entry.fieldKey ?? ''),
    entry.title,
    entry.teamName ?? '',
    entry.organization ?? '',
    entry.district ?? '',
    entry.submittedAt ? formatVietnamDateTime(new Date(entry.submittedAt)) : '',
  ];
  if (members.length === 0) return [[...entryColumns, '', '', '', '', '', '']];
  return members.map((member) => [
    ...entryColumns,
    member.fullName,
    member.email,
    localDate(member.dateOfBirth),
    member.gender ? (texts.genders[member.gender] ?? member.gender) : '',
    member.organization ?? '',
    texts.roles[member.role] ?? member.role,
  ]);
}
