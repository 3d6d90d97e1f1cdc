import type { Catalogue, Locale } from '@app/platform';

/**
 * The mail to a person listed on a team, asking them to confirm their place or decline it.
 * The subject names only the contest: the title is typed by the leader, and a subject is
 * what a stranger reads first.
 */
export const MEMBERSHIP_MAIL_TEXTS: Record<Locale, Catalogue> = {
  vi: {
    'team-membership': {
      subject: 'Xác nhận tham gia đội thi: {{contestName}}',
      intro:
        '{{leaderName}} đã ghi tên bạn là thành viên đội dự thi "{{title}}" (mã {{code}}) tại {{contestName}}.',
      ask: 'Hãy xác nhận nếu bạn đúng là thành viên của đội; nếu không, hãy từ chối. Bạn không cần tài khoản để trả lời.',
      action: 'Xác nhận hoặc từ chối',
      decline:
        'Nếu bạn không biết đội này hoặc không muốn tham gia, hãy từ chối tại: {{declineLink}}',
      expiry:
        'Liên kết chỉ dùng được một lần và có hiệu lực đến {{expiresAt}}. Khi chưa xác nhận, bạn không được tính là thành viên của đội.',
    },
  },
  en: {
    'team-membership': {
      subject: 'Confirm your place on a team: {{contestName}}',
      intro:
        '{{leaderName}} listed you as a member of the team of "{{title}}" (code {{code}}) in {{contestName}}.',
      ask: 'Please confirm if you are on this team; if not, decline. You do not need an account to answer.',
      action: 'Confirm or decline',
      decline:
        'If you do not know this team or do not want to take part, decline here: {{declineLink}}',
      expiry:
        'The link can be used once and works until {{expiresAt}}. Until you confirm, you do not count as a member of the team.',
    },
  },
};
