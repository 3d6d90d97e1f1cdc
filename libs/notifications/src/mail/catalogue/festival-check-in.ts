import type { Catalogue, Locale } from '@app/platform';

/** Mails of the festival day's guests and check-in passes (libs/festival guests, check-in). */
export const FESTIVAL_CHECK_IN_MAIL_TEXTS: Record<Locale, Catalogue> = {
  vi: {
    'festival-pass': {
      subject: 'Thẻ vào cửa {{festivalName}}',
      intro: 'Đây là thẻ vào cửa cá nhân của bạn tại {{festivalName}} ({{day}}, {{venue}}).',
      code: 'Khi đến, hãy đưa mã QR dưới đây (hoặc trên trang thẻ) cho nhân viên quét, hoặc đọc mã ngắn: {{shortCode}}.',
      action: 'Mở thẻ vào cửa',
      personal: 'Thẻ chỉ dành cho bạn; mỗi thẻ chỉ được ghi nhận vào cửa một lần.',
      qrAlt: 'Mã QR vào cửa của bạn',
    },
    'festival-guest-promoted': {
      subject: 'Bạn đã có chỗ tại phiên "{{sessionTitle}}"',
      intro:
        'Một khách đã hủy đăng ký, nên bạn được chuyển từ danh sách chờ vào phiên "{{sessionTitle}}" ({{times}}) của {{festivalName}}.',
      action: 'Mở thẻ vào cửa',
      cancel: 'Nếu không thể tham dự, hãy hủy đăng ký trên trang thẻ để nhường chỗ.',
    },
    'festival-programme': {
      subject: 'Chương trình {{festivalName}}',
      intro: 'Gửi bạn chương trình {{festivalName}} ngày {{day}} tại {{venue}}.',
      calendar:
        'Tệp lịch đính kèm (programme.ics) có mọi phiên trong ngày; nếu bạn đăng ký hay tham gia phiên nào, tệp my-sessions.ics chỉ có các phiên của bạn. Mở tệp để thêm vào lịch của bạn.',
      action: 'Xem chương trình',
      changes:
        'Nếu một phiên của bạn thay đổi giờ hoặc phòng, chúng tôi sẽ gửi thư kèm lịch cập nhật.',
    },
    'festival-session-changed': {
      subject: 'Thay đổi phiên "{{sessionTitle}}"',
      intro: 'Phiên "{{sessionTitle}}" của {{festivalName}} mà bạn tham gia đã thay đổi.',
      details: 'Thời gian và địa điểm mới: {{times}} ngày {{day}}, {{place}}.',
      action: 'Xem chương trình',
      calendar: 'Mở tệp lịch đính kèm để cập nhật sự kiện trong lịch của bạn.',
    },
    'festival-day-changed': {
      subject: 'Thay đổi ngày hoặc địa điểm: {{festivalName}}',
      intro: 'Ngày hoặc địa điểm của {{festivalName}} đã thay đổi.',
      details: 'Ngày hội nay diễn ra ngày {{day}} tại {{venue}}; giờ các phiên giữ nguyên.',
      action: 'Xem chương trình',
      calendar:
        'Tệp lịch đính kèm (programme.ics, và my-sessions.ics nếu bạn có phiên riêng) cập nhật các sự kiện đã có trong lịch của bạn.',
    },
    'festival-session-cancelled': {
      subject: 'Hủy phiên "{{sessionTitle}}"',
      intro: 'Phiên "{{sessionTitle}}" của {{festivalName}} mà bạn tham gia đã bị hủy.',
      details: 'Phiên này lẽ ra diễn ra {{times}} ngày {{day}}, {{place}}.',
      action: 'Xem chương trình',
      calendar:
        'Mở tệp lịch đính kèm để xóa sự kiện khỏi lịch của bạn. Nếu bạn đã đăng ký chỗ ở phiên này, chỗ đó đã được hủy; các phiên khác của bạn không đổi.',
    },
  },
  en: {
    'festival-pass': {
      subject: 'Your pass for {{festivalName}}',
      intro: 'This is your personal pass for {{festivalName}} ({{day}}, {{venue}}).',
      code: 'On arrival, show the QR code below (or on your pass page) to the staff, or tell them the short code: {{shortCode}}.',
      action: 'Open the pass',
      personal: 'The pass is yours alone; each pass is admitted once.',
      qrAlt: 'Your entry QR code',
    },
    'festival-guest-promoted': {
      subject: 'You have a seat at "{{sessionTitle}}"',
      intro:
        'A guest cancelled, so you moved up from the waiting list into the session "{{sessionTitle}}" ({{times}}) of {{festivalName}}.',
      action: 'Open the pass',
      cancel: 'If you cannot come, cancel on your pass page so someone else gets the seat.',
    },
    'festival-programme': {
      subject: 'The programme of {{festivalName}}',
      intro: 'Here is the programme of {{festivalName}} on {{day}} at {{venue}}.',
      calendar:
        'The attached calendar file (programme.ics) has every session of the day; if you take part in or registered for sessions, my-sessions.ics has only yours. Open a file to add it to your calendar.',
      action: 'See the programme',
      changes:
        'If one of your sessions changes its time or room, we will mail you an updated calendar.',
    },
    'festival-session-changed': {
      subject: 'Change to the session "{{sessionTitle}}"',
      intro:
        'The session "{{sessionTitle}}" of {{festivalName}} that you take part in has changed.',
      details: 'New time and place: {{times}} on {{day}}, {{place}}.',
      action: 'See the programme',
      calendar: 'Open the attached calendar file to update the event in your calendar.',
    },
    'festival-day-changed': {
      subject: 'New date or venue: {{festivalName}}',
      intro: 'The date or venue of {{festivalName}} has changed.',
      details:
        'The festival now takes place on {{day}} at {{venue}}; the sessions keep their times.',
      action: 'See the programme',
      calendar:
        'The attached calendar files (programme.ics, and my-sessions.ics if you have sessions of your own) update the events already in your calendar.',
    },
    'festival-session-cancelled': {
      subject: 'Session cancelled: "{{sessionTitle}}"',
      intro:
        'The session "{{sessionTitle}}" of {{festivalName}} that you take part in has been cancelled.',
      details: 'It was to take place at {{times}} on {{day}}, {{place}}.',
      action: 'See the programme',
      calendar:
        'Open the attached calendar file to remove the event from your calendar. If you had a seat in this session, it is released; your other sessions stay as they are.',
    },
  },
};
