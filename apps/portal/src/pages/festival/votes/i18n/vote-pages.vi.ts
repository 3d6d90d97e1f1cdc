import type { Catalogue } from '@app/platform';

/** Vietnamese texts of the people's choice ballot (public page and pass page). */
export const votePagesVi: Catalogue = {
  votePage: {
    title: 'Bình chọn của khán giả: {{name}}',
    intro:
      'Bình chọn cho đội bạn yêu thích nhất. Mỗi người một phiếu; có thể đổi cho đến khi đóng bình chọn.',
    notOpen:
      'Bình chọn chưa mở. Bình chọn mở sau phần trình bày chung kết; hãy quay lại trang này khi đó.',
    closed: 'Bình chọn đã đóng. Kết quả được công bố trên màn hình hội trường.',
    finalists: 'Các đội vào chung kết',
    code: 'Mã trên thẻ đeo của bạn',
    codeHint: 'Như in trên thẻ, ví dụ K7QD-3MZA-9XWP; không cần viết hoa hay gạch nối.',
    codeSignedIn:
      'Bạn đã đăng nhập: để trống để bình chọn bằng tài khoản của mình, hoặc nhập mã trên thẻ.',
    submit: 'Bình chọn',
    change: 'Đổi phiếu bình chọn',
    saved: 'Đã ghi nhận phiếu bình chọn cho {{code}}. Bạn có thể đổi cho đến khi đóng bình chọn.',
    current: 'Phiếu của bạn: {{code}}',
    passVote: 'Bình chọn của khán giả',
    passNotCheckedIn:
      'Sau khi vào cửa (quét thẻ), bạn có thể bình chọn cho đội yêu thích ngay tại trang này.',
    noFinalists: 'Chưa có danh sách các đội vào chung kết.',
    errors: {
      VALIDATION_FAILED: 'Hãy chọn một đội.',
      VOTING_CLOSED: 'Bình chọn chưa mở hoặc đã đóng.',
      INVALID_VOTE_CODE: 'Mã này không phải của ngày hội này. Hãy kiểm tra mã trên thẻ đeo.',
      TOO_MANY_REQUESTS:
        'Thiết bị này đã nhập sai mã quá nhiều lần. Hãy đợi mười phút rồi thử lại.',
      VOTE_NOT_FINALIST: 'Chỉ bình chọn cho các đội vào chung kết.',
      VOTE_NEEDS_CHECK_IN:
        'Chỉ người đã vào cửa ngày hội mới được bình chọn: hãy quét thẻ ở cửa trước, hoặc nhập mã trên thẻ đeo.',
      UNAUTHENTICATED:
        'Hãy nhập mã trên thẻ đeo, hoặc đăng nhập nếu bạn đã vào cửa bằng email của tài khoản.',
      CONFLICT: 'Phiếu của bạn đang được lưu từ một thiết bị khác cùng lúc. Hãy thử lại.',
    },
  },
};
