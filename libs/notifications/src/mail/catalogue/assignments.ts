import type { Catalogue, Locale } from '@app/platform';

/** The digest sent to a judge when new assignments arrive: one mail per judge per batch. */
export const ASSIGNMENT_MAIL_TEXTS: Record<Locale, Catalogue> = {
  vi: {
    'judging-assignments-digest': {
      subject: 'Bạn có {{count}} bài dự thi mới cần chấm: {{roundName}}',
      intro:
        'Ban tổ chức {{contestName}} vừa phân công cho bạn {{count}} bài dự thi mới trong {{roundName}}.',
      queue: 'Danh sách chấm điểm của bạn có hạn chấm và trạng thái của từng bài.',
      action: 'Mở danh sách chấm điểm',
      conflict:
        'Nếu bạn có xung đột lợi ích với một bài dự thi, hãy khai báo ngay trên trang chấm điểm của bài đó.',
    },
  },
  en: {
    'judging-assignments-digest': {
      subject: 'You have {{count}} new entries to score: {{roundName}}',
      intro:
        'The organisers of {{contestName}} have assigned you {{count}} new entries in {{roundName}}.',
      queue: 'Your scoring queue shows the due date and status of each entry.',
      action: 'Open my scoring queue',
      conflict:
        'If you have a conflict of interest with an entry, declare it at once on that entry’s scoring page.',
    },
  },
};
