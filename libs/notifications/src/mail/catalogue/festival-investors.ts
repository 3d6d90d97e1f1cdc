import type { Catalogue, Locale } from '@app/platform';

/** Mails of the festival's investor connection (libs/festival investors). */
export const FESTIVAL_INVESTOR_MAIL_TEXTS: Record<Locale, Catalogue> = {
  vi: {
    'investor-approved': {
      subject: 'Thông tin nhà đầu tư của {{organisation}} đã được duyệt',
      intro: 'Ban tổ chức đã duyệt thông tin nhà đầu tư của bạn ({{organisation}}).',
      next: 'Bạn có thể xem các đội vào chung kết và đề nghị gặp các đội tại ngày hội.',
      action: 'Xem các cuộc thi',
    },
    'investor-refused': {
      subject: 'Thông tin nhà đầu tư của {{organisation}} chưa được duyệt',
      intro: 'Ban tổ chức chưa duyệt thông tin nhà đầu tư của bạn ({{organisation}}).',
      contact: 'Bạn có thể bổ sung thông tin và gửi lại, hoặc liên hệ Ban tổ chức.',
    },
    'meeting-requested': {
      subject: '{{organisation}} đề nghị gặp đội "{{entryTitle}}"',
      intro:
        '{{investorName}} ({{organisation}}) đề nghị gặp đội của bạn về ý tưởng "{{entryTitle}}".',
      when: 'Thời gian, địa điểm: {{when}}.',
      message: 'Lời nhắn: {{message}}',
      answer: 'Hãy đồng ý hoặc từ chối đề nghị trên trang các cuộc gặp của bạn.',
      action: 'Xem và trả lời đề nghị',
    },
    'meeting-accepted': {
      subject: 'Lịch gặp: {{organisation}} và đội "{{entryTitle}}"',
      intro:
        'Cuộc gặp giữa {{investorName}} ({{organisation}}) và đội "{{entryTitle}}" đã được xác nhận.',
      when: 'Thời gian, địa điểm: {{when}}.',
      action: 'Thêm vào lịch (.ics)',
    },
    'meeting-accepted-later': {
      subject: 'Đồng ý gặp: {{organisation}} và đội "{{entryTitle}}"',
      intro: 'Đội "{{entryTitle}}" đồng ý gặp {{investorName}} ({{organisation}}).',
      when: 'Đề xuất: {{when}}.',
      contact: 'Hai bên liên hệ với nhau để chốt thời gian.',
    },
    'meeting-declined': {
      subject: 'Đội "{{entryTitle}}" từ chối đề nghị gặp',
      intro:
        'Đội "{{entryTitle}}" đã từ chối đề nghị gặp của {{investorName}} ({{organisation}}), {{when}}.',
      other: 'Bạn có thể đề nghị gặp các đội khác vào chung kết.',
    },
  },
  en: {
    'investor-approved': {
      subject: 'The investor profile of {{organisation}} is approved',
      intro: 'The organisers approved your investor profile ({{organisation}}).',
      next: "You can now read the finalists' profiles and ask teams to meet at the festival.",
      action: 'See the contests',
    },
    'investor-refused': {
      subject: 'The investor profile of {{organisation}} was not approved',
      intro: 'The organisers did not approve your investor profile ({{organisation}}).',
      contact: 'You may complete the profile and send it again, or contact the organisers.',
    },
    'meeting-requested': {
      subject: '{{organisation}} asks to meet the team of "{{entryTitle}}"',
      intro: '{{investorName}} ({{organisation}}) asks to meet your team about "{{entryTitle}}".',
      when: 'When and where: {{when}}.',
      message: 'Message: {{message}}',
      answer: 'Accept or decline the request on your meetings page.',
      action: 'See and answer the request',
    },
    'meeting-accepted': {
      subject: 'Meeting: {{organisation}} and the team of "{{entryTitle}}"',
      intro:
        'The meeting of {{investorName}} ({{organisation}}) with the team of "{{entryTitle}}" is confirmed.',
      when: 'When and where: {{when}}.',
      action: 'Add to calendar (.ics)',
    },
    'meeting-accepted-later': {
      subject: 'Meeting agreed: {{organisation}} and the team of "{{entryTitle}}"',
      intro: 'The team of "{{entryTitle}}" agreed to meet {{investorName}} ({{organisation}}).',
      when: 'Proposal: {{when}}.',
      contact: 'Please get in touch with each other to fix the time.',
    },
    'meeting-declined': {
      subject: 'The team of "{{entryTitle}}" declined the meeting',
      intro:
        'The team of "{{entryTitle}}" declined the request of {{investorName}} ({{organisation}}) to meet, {{when}}.',
      other: 'You may ask other finalist teams to meet.',
    },
  },
};
