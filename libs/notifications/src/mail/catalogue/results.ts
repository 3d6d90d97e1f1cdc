import type { Catalogue, Locale } from '@app/platform';

/** The announcement of a contest's results: one mail per outcome, and the correction. */
export const RESULTS_MAIL_TEXTS: Record<Locale, Catalogue> = {
  vi: {
    'results-prize': {
      subject: 'Chúc mừng! Bài dự thi {{code}} đạt {{prizeName}}',
      intro:
        'Ban tổ chức {{contestName}} trân trọng thông báo: bài dự thi {{code}} "{{title}}" của đội bạn đạt {{prizeName}}.',
      next: 'Ban tổ chức sẽ liên hệ với đội bạn về lễ trao giải.',
      action: 'Xem kết quả cuộc thi',
      certificates:
        'Giấy chứng nhận của mỗi thành viên tải tại trang giấy chứng nhận của bài dự thi (cần đăng nhập): {{certificatesLink}}',
    },
    'results-finalist': {
      subject: 'Kết quả {{contestName}}: bài dự thi {{code}} vào chung kết',
      intro:
        'Ban tổ chức {{contestName}} xin thông báo kết quả: bài dự thi {{code}} "{{title}}" của đội bạn đã vào vòng chung kết. Chúc mừng đội bạn!',
      thanks: 'Cảm ơn đội bạn đã đồng hành cùng cuộc thi đến vòng cuối cùng.',
      action: 'Xem kết quả cuộc thi',
      certificates:
        'Giấy chứng nhận tham gia vòng chung kết của mỗi thành viên tải tại trang giấy chứng nhận của bài dự thi (cần đăng nhập): {{certificatesLink}}',
    },
    'results-advanced': {
      subject: 'Kết quả {{contestName}} của bài dự thi {{code}}',
      intro:
        'Ban tổ chức {{contestName}} xin thông báo kết quả: bài dự thi {{code}} "{{title}}" của đội bạn đã vào đến {{roundName}}.',
      thanks:
        'Cảm ơn đội bạn đã tham gia cuộc thi. Chúc đội bạn thành công trên con đường khởi nghiệp.',
      action: 'Xem kết quả cuộc thi',
    },
    'results-not-advanced': {
      subject: 'Kết quả {{contestName}} của bài dự thi {{code}}',
      intro:
        'Ban tổ chức {{contestName}} xin thông báo kết quả: bài dự thi {{code}} "{{title}}" của đội bạn chưa được vào vòng tiếp theo.',
      thanks:
        'Cảm ơn đội bạn đã tham gia cuộc thi. Chúc đội bạn thành công trên con đường khởi nghiệp.',
      action: 'Xem kết quả cuộc thi',
    },
    'results-ineligible': {
      subject: 'Kết quả {{contestName}} của bài dự thi {{code}}',
      intro:
        'Ban tổ chức {{contestName}} đã công bố kết quả. Bài dự thi {{code}} "{{title}}" của đội bạn không đủ điều kiện dự thi nên không được chấm.',
      thanks: 'Cảm ơn đội bạn đã quan tâm đến cuộc thi; mong gặp lại đội bạn ở mùa sau.',
      action: 'Xem kết quả cuộc thi',
    },
    'results-correction': {
      subject: 'Đính chính kết quả {{contestName}}: bài dự thi {{code}}',
      intro:
        'Ban tổ chức {{contestName}} đính chính kết quả đã công bố. Kết quả của bài dự thi {{code}} "{{title}}" nay là: {{outcome}}.',
      apology: 'Ban tổ chức thành thật xin lỗi vì sự thay đổi này.',
      action: 'Xem kết quả đã đính chính',
    },
  },
  en: {
    'results-prize': {
      subject: 'Congratulations! Entry {{code}} wins {{prizeName}}',
      intro:
        'The organisers of {{contestName}} are pleased to tell you that your team\'s entry {{code}} "{{title}}" wins {{prizeName}}.',
      next: 'The organisers will contact your team about the award ceremony.',
      action: 'See the results',
      certificates:
        "Each member downloads their certificate from the entry's certificates page (sign-in needed): {{certificatesLink}}",
    },
    'results-finalist': {
      subject: 'Results of {{contestName}}: entry {{code}} reached the final',
      intro:
        'The organisers of {{contestName}} announce the results: your team\'s entry {{code}} "{{title}}" reached the final round. Congratulations!',
      thanks: 'Thank you for staying with the contest to its last round.',
      action: 'See the results',
      certificates:
        "Each member downloads their certificate of taking part in the final from the entry's certificates page (sign-in needed): {{certificatesLink}}",
    },
    'results-advanced': {
      subject: 'Results of {{contestName}} for entry {{code}}',
      intro:
        'The organisers of {{contestName}} announce the results: your team\'s entry {{code}} "{{title}}" went on to {{roundName}}.',
      thanks: 'Thank you for taking part, and good luck with your startup.',
      action: 'See the results',
    },
    'results-not-advanced': {
      subject: 'Results of {{contestName}} for entry {{code}}',
      intro:
        'The organisers of {{contestName}} announce the results: your team\'s entry {{code}} "{{title}}" did not go on to the next round.',
      thanks: 'Thank you for taking part, and good luck with your startup.',
      action: 'See the results',
    },
    'results-ineligible': {
      subject: 'Results of {{contestName}} for entry {{code}}',
      intro:
        'The organisers of {{contestName}} have announced the results. Your team\'s entry {{code}} "{{title}}" did not meet the conditions of the contest and was not judged.',
      thanks: 'Thank you for your interest; we hope to see your team again next season.',
      action: 'See the results',
    },
    'results-correction': {
      subject: 'Correction to the results of {{contestName}}: entry {{code}}',
      intro:
        'The organisers of {{contestName}} correct the results they announced. The result of entry {{code}} "{{title}}" is now: {{outcome}}.',
      apology: 'The organisers apologise for the change.',
      action: 'See the corrected results',
    },
  },
};
