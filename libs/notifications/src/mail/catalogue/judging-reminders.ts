import type { Catalogue, Locale } from '@app/platform';

/** The reminder to judges with unscored assignments before a round's judging closes (48 h and 24 h). */
export const JUDGING_REMINDER_MAIL_TEXTS: Record<Locale, Catalogue> = {
  vi: {
    'judging-reminder': {
      subject: 'Nhắc chấm điểm: {{roundName}} – {{contestName}}',
      intro:
        'Bạn còn {{unscored}} bài dự thi chưa nộp phiếu chấm trong {{roundName}} của {{contestName}}.',
      deadline:
        'Thời hạn chấm kết thúc {{closesAt}}. Sau thời điểm này phiếu chấm không thể sửa hay nộp được nữa.',
      action: 'Mở danh sách chấm điểm',
      draft: 'Phiếu lưu nháp chưa được tính: hãy bấm "Nộp phiếu chấm" cho từng bài.',
    },
  },
  en: {
    'judging-reminder': {
      subject: 'Scoring reminder: {{roundName}} – {{contestName}}',
      intro:
        'You have {{unscored}} entries without a submitted score sheet in {{roundName}} of {{contestName}}.',
      deadline:
        'Judging closes at {{closesAt}}. After that, score sheets can no longer be changed or submitted.',
      action: 'Open my scoring queue',
      draft: 'Drafts do not count: press "Submit score" for each entry.',
    },
  },
};
