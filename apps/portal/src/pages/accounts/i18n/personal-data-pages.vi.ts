import type { Catalogue } from '@app/platform';

/** Vietnamese texts of the personal-data pages (the person's own, and the administrator's). */
export const personalDataPagesVi: Catalogue = {
  personalData: {
    title: 'Dữ liệu cá nhân',
    intro:
      'Theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, bạn có quyền truy cập, chỉnh sửa và yêu cầu xoá dữ liệu cá nhân của mình. Tại đây bạn tự thực hiện các quyền đó.',
    downloadTitle: 'Tải về dữ liệu của tôi',
    downloadBody:
      'Một tệp JSON gồm thông tin tài khoản, sự đồng ý đã ghi nhận, các bài dự thi bạn làm trưởng nhóm hoặc là thành viên (câu trả lời và danh sách tệp), lời mời và phiếu chấm nếu bạn là giám khảo, và các email hệ thống đã gửi cho bạn. Tệp không bao giờ chứa mật khẩu hay mã đăng nhập.',
    downloadButton: 'Tải về (JSON)',
    profileTitle: 'Chỉnh sửa thông tin cá nhân',
    profileIntro: 'Để trống một ô không bắt buộc để xoá thông tin đó.',
    emailNote:
      'Email đăng nhập: {{email}}. Muốn đổi email, hãy liên hệ Ban tổ chức để được xác minh địa chỉ mới.',
    dateOfBirth: 'Ngày sinh',
    gender: 'Giới tính',
    district: 'Huyện / thị xã / thành phố',
    personTitle: 'Học hàm, học vị',
    personTitleHint:
      'Ví dụ: PGS.TS., ThS. Thư gửi giám khảo dùng để xưng hô: "Kính gửi PGS.TS. Nguyễn Văn A".',
    locale: 'Ngôn ngữ nhận email',
    locales: { vi: 'Tiếng Việt', en: 'English' },
    saveProfile: 'Lưu thông tin',
    saved: 'Đã lưu thông tin của bạn.',
    deleteTitle: 'Xoá tài khoản',
    deleteBody:
      'Khi xoá tài khoản: họ tên, email, số điện thoại, ngày sinh, giới tính, học hàm học vị, đơn vị và địa bàn của bạn bị xoá khỏi tài khoản, các nhóm dự thi và các email đã gửi; bản nháp chưa nộp cùng tệp đính kèm bị xoá; mọi phiên đăng nhập kết thúc và bạn không thể đăng nhập lại. Địa chỉ email được giải phóng để có thể đăng ký lại.',
    deleteKept:
      'Những gì thuộc bài dự thi của cuộc thi được giữ lại dưới tên ẩn danh "Người dùng đã xoá": bài dự thi đã nộp, điểm và nhận xét đã chấm, các quyết định và nhật ký kiểm tra.',
    deletePassword: 'Mật khẩu hiện tại',
    deleteConfirm: 'Tôi hiểu rằng việc xoá tài khoản không thể hoàn tác.',
    deleteButton: 'Xoá vĩnh viễn tài khoản của tôi',
    confirmRequired: 'Bạn cần đánh dấu ô xác nhận để xoá tài khoản.',
    deletedTitle: 'Tài khoản đã được xoá',
    deletedBody:
      'Dữ liệu cá nhân của bạn đã được xoá hoặc ẩn danh và mọi phiên đăng nhập đã kết thúc. Cảm ơn bạn đã tham gia.',
    link: 'Dữ liệu cá nhân của tôi',
  },
  adminPersonalData: {
    title: 'Yêu cầu về dữ liệu cá nhân',
    intro:
      'Thực hiện yêu cầu bằng văn bản của một người: tải về dữ liệu của họ hoặc xoá tài khoản. Mỗi thao tác được ghi vào nhật ký kiểm tra.',
    lookupLabel: 'Email của tài khoản',
    lookupButton: 'Tìm',
    notFound: 'Không có tài khoản nào với email này (hoặc tài khoản đã bị xoá).',
    account: 'Tài khoản',
    role: 'Vai trò',
    createdAt: 'Ngày tạo',
    download: 'Tải về dữ liệu (JSON)',
    profileTitle: 'Chỉnh sửa thông tin theo yêu cầu',
    eraseTitle: 'Xoá dữ liệu cá nhân',
    reason: 'Số hiệu văn bản yêu cầu',
    reasonHint: 'Ví dụ: Đơn yêu cầu xoá dữ liệu số 12/2026 ngày 04/12/2026.',
    confirm: 'Tôi đã kiểm tra văn bản yêu cầu; việc xoá không thể hoàn tác.',
    eraseButton: 'Xoá dữ liệu của người này',
    erased: 'Đã xoá dữ liệu cá nhân của tài khoản. Thao tác đã được ghi vào nhật ký kiểm tra.',
    dashboardIntro: 'Tải về hoặc xoá dữ liệu của một người theo yêu cầu bằng văn bản.',
  },
};
