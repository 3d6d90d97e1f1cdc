import type { Catalogue, Locale } from '@app/platform/i18n/translator';

/** Mails of the festival day's guests and check-in passes (libs/festival guests, check-in). */
export const FESTIVAL_CHECK_IN_MAIL_TEXTS: Record<Locale, Catalogue> = {
  vi: {
    'festival-pass': {
      subject: 'Thẻ vào cửa {{festivalName}}',
      intro: 'Đây là thẻ vào cửa cá nhân của bạn tại {{festivalName}} ({{day}}, {{venue}}).',
      code: 'Khi đến, hãy đưa mã QR trên trang thẻ cho nhân viên quét, hoặc đọc mã ngắn: {{shortCode}}.',
      action: 'Mở thẻ vào cửa',
      personal: 'Thẻ chỉ dành cho bạn; mỗi thẻ chỉ được ghi nhận vào cửa một lần.',
    },
    'festival-guest-promoted': {
      subject: 'Bạn đã có chỗ tại phiên "{{sessionTitle}}"',
      intro:
        'Một khách đã hủy đăng ký, nên bạn được chuyển từ danh sách chờ vào phiên "{{sessionTitle}}" ({{times}}) của {{festivalName}}.',
      action: 'Mở thẻ vào cửa',
      cancel: 'Nếu không thể tham dự, hãy hủy đăng ký trên trang thẻ để nhường chỗ.',
    },
  },
  en: {
    'festival-pass': {
      subject: 'Your pass for {{festivalName}}',
      intro: 'This is your personal pass for {{festivalName}} ({{day}}, {{venue}}).',
      code: 'On arrival, show the QR code on your pass page to the staff, or tell them the short code: {{shortCode}}.',
      action: 'Open the pass',
      personal: 'The pass is yours alone; each pass is admitted once.',
    },
    'festival-guest-promoted': {
      subject: 'You have a seat at "{{sessionTitle}}"',
      intro:
        'A guest cancelled, so you moved up from the waiting list into the session "{{sessionTitle}}" ({{times}}) of {{festivalName}}.',
      action: 'Open the pass',
      cancel: 'If you cannot come, cancel on your pass page so someone else gets the seat.',
    },
  },
};
