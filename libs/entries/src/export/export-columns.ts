import { QuestionKind } from '@app/contests';
import type { ContestQuestion } from '@app/contests';
import { formatDay, formatDecimal, formatMoment } from '@app/platform';
import type { Locale } from '@app/platform';
import type { Entry } from '../entries/entry.entity';
import { ENTRY_COLUMN_LABELS, ENTRY_COLUMNS } from '../entries/entry-labels';
import type { EntryColumn } from '../entries/entry-labels';
import type { TeamMember } from '../members/team-member.entity';
import type { ContestLabels } from '../listing/entry-listing.mapper';

/** The fixed columns, in order; one column per extra question of the contest follows them. */
export const EXPORT_COLUMNS = ENTRY_COLUMNS;
export type ExportColumn = EntryColumn;

interface ExportTexts {
  sheet: string;
  statuses: Record<string, string>;
  roles: Record<string, string>;
  genders: Record<string, string>;
}

/** Everything a person reads in an export, in Vietnamese and English. */
export const EXPORT_CATALOGUE: Record<Locale, ExportTexts> = {
  vi: {
    sheet: 'Bài dự thi',
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

/** The columns left empty on the row of an entry without members. */
const MEMBER_COLUMNS: readonly EntryColumn[] = ENTRY_COLUMNS.filter((c) => c.startsWith('member'));

/** What the rows of one contest's export refer to besides the entry and its members. */
export interface ExportContext {
  labels: ContestLabels;
  /** The contest's extra questions, in the form's order: one column each. */
  questions: readonly ContestQuestion[];
  /** Phone numbers of the team members with an account, by user id. */
  phones: ReadonlyMap<string, string | null>;
}

/** The header row: the shared entry labels, then each question headed by its label. */
export function exportHeaders(
  locale: Locale,
  questions: readonly ContestQuestion[] = [],
): string[] {
  return [
    ...EXPORT_COLUMNS.map((column) => ENTRY_COLUMN_LABELS[locale][column]),
    ...questions.map((question) => (locale === 'en' ? question.labelEn : question.labelVi)),
  ];
}

/** An answer as the reader writes it: numbers with the language's separators. */
function answerText(
  question: ContestQuestion,
  value: string | number | null | undefined,
  locale: Locale,
): string {
  if (value === null || value === undefined) return '';
  if (question.kind === QuestionKind.number && Number.isFinite(Number(value)))
    return formatDecimal(Number(value), locale);
  return String(value);
}

/**
 * One row per team member, each repeating its entry's columns (an entry without
 * members still gets one row); the answers to the questions close every row. Values are
 * raw here; the writers neutralise them.
 */
export function exportRows(
  entry: Entry,
  members: TeamMember[],
  context: ExportContext,
  locale: Locale,
): string[][] {
  const texts = EXPORT_CATALOGUE[locale];
  const { labels } = context;
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
    entry.commune ?? '',
    formatMoment(entry.submittedAt, locale),
  ];
  const answers = context.questions.map((q) => answerText(q, entry.answers?.[q.key], locale));
  const memberColumns = (member: TeamMember | null): string[] =>
    member
      ? [
          member.fullName,
          member.email,
          (member.userId ? context.phones.get(member.userId) : null) ?? '',
          formatDay(member.dateOfBirth),
          member.gender ? (texts.genders[member.gender] ?? member.gender) : '',
          member.organization ?? '',
          texts.roles[member.role] ?? member.role,
        ]
      : MEMBER_COLUMNS.map(() => '');
  const people = members.length > 0 ? members : [null];
  return people.map((member) => [...entryColumns, ...memberColumns(member), ...answers]);
}
