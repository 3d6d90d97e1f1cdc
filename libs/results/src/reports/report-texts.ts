import type { Locale } from '@app/platform';

interface ReportTexts {
  sheets: { statistics: string; entries: string; scores: string; decisions: string };
  statistics: {
    subject: string;
    group: string;
    count: string;
    assigned: string;
    notGiven: string;
    subjects: Record<StatisticsSubject, string>;
  };
  scores: {
    judge: string;
    judgeNumbered: string;
    criterion: string;
    total: string;
    submittedAt: string;
  };
  decisions: { round: string; outcome: string; note: string; decidedAt: string };
  outcomes: { advanced: string; notAdvanced: string; pending: string };
  applicantTypes: Record<string, string>;
  genders: Record<string, string>;
}

/** The subjects of the statistics, in the order the page and the report's sheet give them. */
export const STATISTICS_SUBJECTS = [
  'totals',
  'received',
  'members',
  'status',
  'category',
  'field',
  'applicantType',
  'gender',
  'commune',
  'district',
  'school',
  'outcomes',
  'judges',
  'submissions',
] as const;
export type StatisticsSubject = (typeof STATISTICS_SUBJECTS)[number];

/**
 * Everything a person reads in the contest's report, in Vietnamese and English. The page
 * catalogue takes its subject and outcome names from here, so a chart and its sheet agree.
 * Placeholders are `{{name}}`, as in the page catalogues.
 */
export const REPORT_TEXTS: Record<Locale, ReportTexts> = {
  vi: {
    sheets: {
      statistics: 'Thống kê',
      entries: 'Bài dự thi và nhóm',
      scores: 'Điểm vòng {{position}}',
      decisions: 'Kết quả các vòng',
    },
    statistics: {
      subject: 'Nội dung',
      group: 'Nhóm',
      count: 'Số lượng',
      assigned: 'Số bài dự thi được phân công',
      notGiven: 'Không ghi',
      subjects: {
        totals: 'Tổng số',
        received: 'Bài dự thi đã nộp (không tính bản nháp và bài đã rút)',
        members: 'Thành viên các nhóm',
        status: 'Bài dự thi theo trạng thái',
        category: 'Bài dự thi theo bảng',
        field: 'Bài dự thi theo lĩnh vực',
        applicantType: 'Bài dự thi theo đối tượng dự thi',
        gender: 'Thành viên các nhóm theo giới tính',
        commune: 'Bài dự thi theo xã / phường',
        district: 'Bài dự thi theo huyện / thành phố (trước 7/2025)',
        school: 'Bài dự thi theo trường / đơn vị',
        outcomes: 'Kết quả từng vòng',
        judges: 'Tiến độ chấm của giám khảo',
        submissions: 'Số bài dự thi đã nộp theo ngày',
      },
    },
    scores: {
      judge: 'Giám khảo',
      judgeNumbered: 'Giám khảo {{n}}',
      criterion: '{{label}} (tối đa {{max}})',
      total: 'Tổng điểm (thang {{scale}})',
      submittedAt: 'Thời điểm nộp phiếu chấm',
    },
    decisions: {
      round: 'Vòng',
      outcome: 'Kết quả',
      note: 'Lý do',
      decidedAt: 'Thời điểm quyết định',
    },
    outcomes: { advanced: 'Vào vòng trong', notAdvanced: 'Dừng bước', pending: 'Chưa quyết định' },
    applicantTypes: {
      student: 'Học sinh, sinh viên',
      individual: 'Cá nhân',
      team: 'Nhóm',
      startup: 'Doanh nghiệp khởi nghiệp',
    },
    genders: { female: 'Nữ', male: 'Nam', other: 'Khác' },
  },
  en: {
    sheets: {
      statistics: 'Statistics',
      entries: 'Entries and teams',
      scores: 'Scores round {{position}}',
      decisions: 'Round results',
    },
    statistics: {
      subject: 'Subject',
      group: 'Group',
      count: 'Count',
      assigned: 'Entries assigned',
      notGiven: 'Not given',
      subjects: {
        totals: 'Totals',
        received: 'Entries submitted (drafts and withdrawn entries not counted)',
        members: 'Team members',
        status: 'Entries by status',
        category: 'Entries by category',
        field: 'Entries by field',
        applicantType: 'Entries by applicant type',
        gender: 'Team members by gender',
        commune: 'Entries by commune / ward',
        district: 'Entries by district / city (before July 2025)',
        school: 'Entries by school / organisation',
        outcomes: 'Results of each round',
        judges: "Judges' scoring progress",
        submissions: 'Entries submitted per day',
      },
    },
    scores: {
      judge: 'Judge',
      judgeNumbered: 'Judge {{n}}',
      criterion: '{{label}} (max. {{max}})',
      total: 'Total (out of {{scale}})',
      submittedAt: 'Score sheet submitted',
    },
    decisions: {
      round: 'Round',
      outcome: 'Result',
      note: 'Reason',
      decidedAt: 'Decided',
    },
    outcomes: { advanced: 'Advanced', notAdvanced: 'Not advanced', pending: 'Not decided yet' },
    applicantTypes: {
      student: 'Students',
      individual: 'Individuals',
      team: 'Teams',
      startup: 'Startups',
    },
    genders: { female: 'Female', male: 'Male', other: 'Other' },
  },
};

/** `{{name}}` placeholders filled from `values`. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}
