import type { Catalogue, Locale } from '@app/platform';

/** Invitations to judge a contest: to an existing account, or with a first-password link. */
export const JUDGES_MAIL_TEXTS: Record<Locale, Catalogue> = {
  vi: {
    'judge-invitation': {
      subject: 'Mời tham gia Ban giám khảo: {{contestName}}',
      intro: 'Ban tổ chức trân trọng mời bạn tham gia Ban giám khảo {{contestName}}.',
      next: 'Hãy đăng nhập để xem lời mời và xác nhận tham gia hoặc từ chối.',
      action: 'Xem lời mời',
    },
    'judge-invitation-new': {
      subject: 'Mời tham gia Ban giám khảo: {{contestName}}',
      intro: 'Ban tổ chức trân trọng mời bạn tham gia Ban giám khảo {{contestName}}.',
      account:
        'Tài khoản giám khảo của bạn đã sẵn sàng với địa chỉ email này. Hãy đặt mật khẩu, sau đó đăng nhập để xác nhận tham gia hoặc từ chối.',
      action: 'Đặt mật khẩu',
      expiry: 'Liên kết chỉ dùng được một lần và có hiệu lực trong 72 giờ.',
    },
  },
  en: {
    'judge-invitation': {
      subject: 'Invitation to judge: {{contestName}}',
      intro: 'The organisers invite you to join the jury of {{contestName}}.',
      next: 'Sign in to see the invitation and accept or decline it.',
      action: 'See the invitation',
    },
    'judge-invitation-new': {
      subject: 'Invitation to judge: {{contestName}}',
      intro: 'The organisers invite you to join the jury of {{contestName}}.',
      account:
        'A judge account is ready for this e-mail address. Choose a password, then sign in to accept or decline the invitation.',
      action: 'Choose a password',
      expiry: 'The link can be used once and is valid for 72 hours.',
    },
  },
};
