import type { Locale } from '@app/platform';

/**
 * The names of an entry's details, as column headers and labels: one list for the
 * organizer's entry pages (their catalogues take these) and the exports, so a column in
 * the spreadsheet is called what the page calls it.
 */
export const ENTRY_COLUMNS = [
  'code',
  'status',
  'category',
  'field',
  'title',
  'teamName',
  'organization',
  'district',
  'commune',
  'submittedAt',
  'memberName',
  'memberEmail',
  'memberPhone',
  'memberDateOfBirth',
  'memberGender',
  'memberOrganization',
  'memberRole',
] as const;
export type EntryColumn = (typeof ENTRY_COLUMNS)[number];

export const ENTRY_COLUMN_LABELS: Record<Locale, Record<EntryColumn, string>> = {
  vi: {
    code: 'Mã bài dự thi',
    status: 'Trạng thái',
    category: 'Bảng',
    field: 'Lĩnh vực',
    title: 'Tên ý tưởng / dự án',
    teamName: 'Tên nhóm',
    organization: 'Trường / Đơn vị',
    district: 'Huyện / Thành phố (trước 7/2025)',
    commune: 'Xã / Phường',
    submittedAt: 'Thời điểm nộp',
    memberName: 'Họ và tên thành viên',
    memberEmail: 'Email',
    memberPhone: 'Số điện thoại',
    memberDateOfBirth: 'Ngày sinh',
    memberGender: 'Giới tính',
    memberOrganization: 'Trường / Đơn vị của thành viên',
    memberRole: 'Vai trò',
  },
  en: {
    code: 'Entry code',
    status: 'Status',
    category: 'Category',
    field: 'Field',
    title: 'Name of the idea / project',
    teamName: 'Team name',
    organization: 'School / Organisation',
    district: 'District / City (before July 2025)',
    commune: 'Commune / Ward',
    submittedAt: 'Submitted',
    memberName: 'Member name',
    memberEmail: 'E-mail',
    memberPhone: 'Phone',
    memberDateOfBirth: 'Date of birth',
    memberGender: 'Gender',
    memberOrganization: "Member's school / organisation",
    memberRole: 'Role',
  },
};
