import type { Catalogue } from '@app/platform';

/** Vietnamese texts of the administrator's accounts and roles pages. */
export const adminUsersPagesVi: Catalogue = {
  adminUsers: {
    nav: 'Tài khoản',
    title: 'Tài khoản và vai trò',
    intro:
      'Tìm một tài khoản để xem thông tin và đổi vai trò. Mỗi lần đổi vai trò đều được ghi vào nhật ký kiểm tra.',
    search: 'Tìm theo họ tên hoặc email',
    searchHint: 'Gõ một phần họ tên hoặc địa chỉ email.',
    role: 'Vai trò',
    anyRole: 'Mọi vai trò',
    filter: 'Tìm',
    clear: 'Xoá bộ lọc',
    total: '{{total}} tài khoản.',
    narrow: 'Đang hiện {{shown}} tài khoản đầu tiên; hãy thu hẹp tìm kiếm.',
    none: 'Không có tài khoản nào phù hợp.',
    actions: 'Thao tác',
    manage: 'Quản lý',
    you: 'bạn',
    back: '← Danh sách tài khoản',
    account: 'Thông tin tài khoản',
    createdAt: 'Tạo lúc',
    changeTitle: 'Đổi vai trò',
    newRole: 'Vai trò mới',
    next: 'Tiếp tục',
    selfNote:
      'Bạn không thể tự bỏ vai trò quản trị viên của mình; một quản trị viên khác phải làm việc đó.',
    confirmTitle: 'Xác nhận đổi vai trò',
    confirmQuestion: 'Đổi vai trò của {{name}} từ "{{from}}" thành "{{to}}"?',
    gives: {
      applicant: 'Người này chỉ còn đăng ký dự thi và theo dõi bài dự thi của mình.',
      judge:
        'Người này nhận lời mời, khai báo xung đột lợi ích và chấm các bài dự thi được phân công.',
      organizer:
        'Người này cấu hình cuộc thi, sàng lọc và xếp hạng bài dự thi, và có thể là người thứ hai xác nhận một quyết định điều chỉnh.',
      admin:
        'Người này có mọi quyền của Ban tổ chức, quản lý tài khoản, vai trò và yêu cầu về dữ liệu cá nhân.',
    },
    sessionsEnd: 'Mọi phiên đăng nhập của người này kết thúc; họ đăng nhập lại để dùng quyền mới.',
    audited: 'Thay đổi được ghi vào nhật ký kiểm tra với tên của bạn.',
    confirmButton: 'Đổi thành {{role}}',
    cancel: 'Huỷ',
    changed: 'Đã đổi vai trò thành "{{role}}".',
    history: 'Lịch sử vai trò',
    noHistory: 'Chưa có lần đổi vai trò nào.',
    by: {
      api: 'qua API',
      'admin-page': 'trên trang quản trị',
      'judge-invitation': 'khi được mời làm giám khảo',
      cli: 'bằng dòng lệnh',
      unknown: 'không rõ nguồn',
    },
    refused: {
      OWN_ADMIN_ROLE:
        'Bạn không thể tự bỏ vai trò quản trị viên của mình. Hãy nhờ một quản trị viên khác.',
      LAST_ADMIN:
        'Đây là quản trị viên duy nhất. Hãy chỉ định một quản trị viên khác trước khi đổi vai trò người này.',
    },
  },
};
