import type { Catalogue } from '@app/platform';

/** Vietnamese texts of the team-membership pages (answering the mailed link; states on the form). */
export const membershipPagesVi: Catalogue = {
  membership: {
    title: 'Xác nhận tham gia đội thi',
    intro: '{{leader}} đã ghi tên bạn ({{name}}, {{email}}) là thành viên đội dự thi:',
    entryLine: '"{{title}}" · mã {{code}}',
    teamLine: 'Tên đội: {{team}}',
    contestLine: 'Cuộc thi: {{contest}}',
    leaderLine: 'Trưởng nhóm: {{leader}}',
    question:
      'Bạn có đúng là thành viên của đội này không? Khi xác nhận, bạn được tính là người tham gia cuộc thi cùng đội; mỗi người chỉ được xác nhận một bài dự thi nếu cuộc thi quy định như vậy.',
    expires: 'Liên kết dùng được một lần, đến {{time}}.',
    confirm: 'Tôi xác nhận tham gia đội',
    decline: 'Tôi không tham gia đội này',
    declineHint: 'Nếu bạn không biết đội này, hãy chọn "Tôi không tham gia đội này".',
    confirmed: 'Cảm ơn bạn. Bạn đã xác nhận là thành viên đội dự thi "{{title}}" ({{code}}).',
    declined:
      'Bạn đã từ chối. Bạn không được tính là thành viên đội dự thi "{{title}}" ({{code}}).',
    failedTitle: 'Không thể ghi nhận câu trả lời',
    error_INVALID_TOKEN: 'Liên kết không hợp lệ hoặc đã được sử dụng.',
    error_TOKEN_EXPIRED: 'Liên kết đã hết hạn. Hãy nhờ trưởng nhóm gửi lại thư xác nhận.',
    error_ENTRY_LOCKED: 'Bài dự thi này đã được rút khỏi cuộc thi.',
    error_ALREADY_IN_ANOTHER_ENTRY:
      'Bạn đã xác nhận tham gia một bài dự thi khác của cuộc thi này; mỗi người chỉ được tham gia một bài dự thi.',
    error_JUDGE_OF_CONTEST:
      'Bạn là giám khảo (hoặc được mời làm giám khảo) của cuộc thi này nên không thể tham gia đội thi.',
    error_TOO_MANY_REQUESTS: 'Bạn đã thử quá nhiều lần. Vui lòng đợi một lát rồi thử lại.',
    state_pending: 'Chờ xác nhận',
    state_confirmed: 'Đã xác nhận',
    state_declined: 'Đã từ chối',
    invitedAt: 'Đã gửi thư {{time}}',
    notMailed: 'Chưa gửi thư (một thư vừa được gửi tới địa chỉ này).',
    afterSave: 'Thành viên mới sẽ nhận thư để xác nhận sau khi bạn lưu bài dự thi.',
    resend: 'Gửi lại thư xác nhận',
    resendTooSoon:
      'Một thư xác nhận vừa được gửi tới địa chỉ này. Bạn có thể gửi lại sau {{time}}.',
    resendConfirmed: 'Thành viên này đã xác nhận.',
    rule_before_submission: 'Cuộc thi yêu cầu mọi thành viên xác nhận trước khi nộp bài dự thi.',
    rule_not_required:
      'Cuộc thi không yêu cầu thành viên xác nhận trước khi nộp; chỉ những thành viên đã xác nhận được tính là người tham gia.',
    unconfirmedTitle: 'Thành viên chưa xác nhận:',
    unconfirmedLine: '{{name}} ({{email}}): {{state}}',
  },
};
