import type { Catalogue, Locale } from '@app/platform';

/** Texts of the deadline reminder sent to owners of unsubmitted drafts (48 h and 6 h before). */
export const REMINDER_MAIL_TEXTS: Record<Locale, Catalogue> = {
  vi: {
    'deadline-reminder': {
      subject: 'Nhắc hạn nộp bài: {{contestName}}',
      intro:
        'Bài dự thi "{{entryTitle}}" (mã {{entryCode}}) của bạn tại {{contestName}} vẫn là bản nháp và chưa được nộp.',
      deadline: 'Hạn nộp bài là {{deadline}}. Sau thời điểm này bản nháp không thể nộp được nữa.',
      action: 'Hoàn thiện và nộp bài',
      already: 'Bài chỉ được ghi nhận khi bạn bấm "Nộp bài" và nhận được thư xác nhận.',
    },
  },
  en: {
    'deadline-reminder': {
      subject: 'Submission deadline reminder: {{contestName}}',
      intro:
        'Your entry "{{entryTitle}}" (code {{entryCode}}) in {{contestName}} is still a draft and has not been submitted.',
      deadline:
        'The submission deadline is {{deadline}}. After it, the draft can no longer be submitted.',
      action: 'Complete and submit',
      already: 'An entry counts only once you press "Submit" and receive the confirmation mail.',
    },
  },
};
