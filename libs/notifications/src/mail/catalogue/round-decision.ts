import type { Catalogue, Locale } from '@app/platform';

/** Mails telling a team the outcome of a judging round (round-advanced, round-not-advanced). */
export const ROUND_DECISION_MAIL_TEXTS: Record<Locale, Catalogue> = {
  vi: {
    'round-advanced': {
      subject: 'Bài dự thi {{code}} được vào vòng tiếp theo',
      intro:
        'Chúc mừng! Bài dự thi {{code}} "{{title}}" của đội bạn tại {{contestName}} đã vượt qua {{roundName}}.',
      next: 'Ban tổ chức sẽ gửi thông tin về vòng tiếp theo qua email.',
      comments: 'Nhận xét của ban giám khảo:\n{{comments}}',
    },
    'round-not-advanced': {
      subject: 'Kết quả {{roundName}} của bài dự thi {{code}}',
      intro:
        'Ban tổ chức xin thông báo: bài dự thi {{code}} "{{title}}" của đội bạn tại {{contestName}} chưa được vào vòng tiếp theo sau {{roundName}}.',
      comments: 'Nhận xét của ban giám khảo:\n{{comments}}',
      thanks:
        'Cảm ơn đội bạn đã tham gia cuộc thi. Chúc đội bạn thành công trên con đường khởi nghiệp.',
    },
  },
  en: {
    'round-advanced': {
      subject: 'Entry {{code}} goes on to the next round',
      intro:
        'Congratulations! Your team\'s entry {{code}} "{{title}}" in {{contestName}} has passed {{roundName}}.',
      next: 'The organisers will send you the details of the next round by e-mail.',
      comments: "The judges' comments:\n{{comments}}",
    },
    'round-not-advanced': {
      subject: 'Result of {{roundName}} for entry {{code}}',
      intro:
        'We are sorry to tell you that your team\'s entry {{code}} "{{title}}" in {{contestName}} does not go on to the next round after {{roundName}}.',
      comments: "The judges' comments:\n{{comments}}",
      thanks: 'Thank you for taking part, and good luck with your startup.',
    },
  },
};
