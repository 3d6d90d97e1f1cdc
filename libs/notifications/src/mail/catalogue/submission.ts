import type { Catalogue, Locale } from '@app/platform';

/** Mails about a team's own submission (entry-receipt, entry-withdrawn). */
export const SUBMISSION_MAIL_TEXTS: Record<Locale, Catalogue> = {
  vi: {
    'entry-receipt': {
      subject: 'Đã nhận bài dự thi {{code}}',
      intro: 'Ban tổ chức {{contestName}} đã nhận bài dự thi của đội bạn.',
      details:
        'Mã bài dự thi: {{code}}. Tên ý tưởng/dự án: "{{title}}". Thời điểm nộp: {{submittedAt}}.',
      action: 'Xem bài dự thi',
      editable:
        'Bạn có thể chỉnh sửa và nộp lại đến hạn chót; phiên bản nộp sau cùng trước hạn chót sẽ được chấm. Hãy giữ mã bài dự thi để tra cứu.',
    },
    'entry-withdrawn': {
      subject: 'Bài dự thi {{code}} đã được rút',
      intro:
        'Bài dự thi {{code}} "{{title}}" của đội bạn tại {{contestName}} đã được rút khỏi cuộc thi.',
      contact: 'Nếu bạn không thực hiện việc này, hãy liên hệ Ban tổ chức ngay.',
    },
  },
  en: {
    'entry-receipt': {
      subject: 'Entry {{code}} received',
      intro: "The organisers of {{contestName}} have received your team's entry.",
      details: 'Entry code: {{code}}. Title: "{{title}}". Submitted at: {{submittedAt}}.',
      action: 'View the entry',
      editable:
        'You may edit and resubmit until the deadline; the last version submitted before the deadline is the one judged. Keep the entry code for reference.',
    },
    'entry-withdrawn': {
      subject: 'Entry {{code}} withdrawn',
      intro:
        'Your team\'s entry {{code}} "{{title}}" in {{contestName}} has been withdrawn from the contest.',
      contact: 'If you did not do this, contact the organisers at once.',
    },
  },
};
