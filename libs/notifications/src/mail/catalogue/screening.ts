import type { Catalogue, Locale } from '@app/platform';

/** Mails telling a team the outcome of screening (entry-eligible, entry-ineligible). */
export const SCREENING_MAIL_TEXTS: Record<Locale, Catalogue> = {
  vi: {
    'entry-eligible': {
      subject: 'Bài dự thi {{code}} đủ điều kiện',
      intro:
        'Ban tổ chức đã xét duyệt bài dự thi {{code}} "{{title}}" của đội bạn tại {{contestName}}: bài dự thi đủ điều kiện và sẽ được đưa vào chấm.',
      next: 'Chúng tôi sẽ thông báo kết quả các vòng tiếp theo qua email.',
    },
    'entry-ineligible': {
      subject: 'Bài dự thi {{code}} không đủ điều kiện',
      intro:
        'Ban tổ chức đã xét duyệt bài dự thi {{code}} "{{title}}" của đội bạn tại {{contestName}}: rất tiếc, bài dự thi không đủ điều kiện.',
      reason: 'Lý do: {{reason}}',
      contact: 'Nếu bạn có thắc mắc, hãy liên hệ Ban tổ chức.',
    },
  },
  en: {
    'entry-eligible': {
      subject: 'Entry {{code}} is eligible',
      intro:
        'The organisers have screened your team\'s entry {{code}} "{{title}}" in {{contestName}}: it is eligible for judging.',
      next: 'We will tell you the results of the next rounds by e-mail.',
    },
    'entry-ineligible': {
      subject: 'Entry {{code}} is not eligible',
      intro:
        'The organisers have screened your team\'s entry {{code}} "{{title}}" in {{contestName}}: we are sorry, it is not eligible.',
      reason: 'Reason: {{reason}}',
      contact: 'If you have any questions, please contact the organisers.',
    },
  },
};
