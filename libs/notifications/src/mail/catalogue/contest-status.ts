import type { Catalogue, Locale } from '@app/platform';

/** Mails to teams when the organizers change a contest's status (contest-status.ts says when). */
export const CONTEST_STATUS_MAIL_TEXTS: Record<Locale, Catalogue> = {
  vi: {
    'contest-closed-early': {
      subject: '{{contestName}} đã dừng nhận bài dự thi',
      intro:
        'Ban tổ chức đã dừng nhận bài dự thi của {{contestName}} lúc {{closedAt}}, trước hạn nộp đã công bố ({{deadline}}).',
      entry:
        'Bài dự thi {{code}} "{{title}}" của đội bạn được giữ nguyên như hiện tại: bản nháp không thể nộp nữa, bài đã nộp không thể sửa hay rút.',
      contact: 'Nếu bạn có thắc mắc, hãy liên hệ Ban tổ chức.',
    },
    'contest-reopened': {
      subject: '{{contestName}} nhận bài dự thi trở lại',
      intro: 'Ban tổ chức đã mở lại việc nhận bài dự thi của {{contestName}}.',
      entry: 'Đội bạn có thể sửa và nộp bài dự thi {{code}} "{{title}}" đến {{deadline}}.',
      action: 'Mở bài dự thi',
    },
  },
  en: {
    'contest-closed-early': {
      subject: '{{contestName}} has stopped taking entries',
      intro:
        'The organisers stopped taking entries for {{contestName}} at {{closedAt}}, before the published deadline ({{deadline}}).',
      entry:
        'Your team\'s entry {{code}} "{{title}}" stays as it is: a draft can no longer be submitted, a submitted entry can no longer be changed or withdrawn.',
      contact: 'If you have any questions, please contact the organisers.',
    },
    'contest-reopened': {
      subject: '{{contestName}} takes entries again',
      intro: 'The organisers have reopened {{contestName}} for entries.',
      entry: 'Your team may change and submit entry {{code}} "{{title}}" until {{deadline}}.',
      action: 'Open the entry',
    },
  },
};
