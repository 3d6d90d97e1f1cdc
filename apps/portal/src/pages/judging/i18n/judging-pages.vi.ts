import type { Catalogue } from '@app/platform';

/** Vietnamese texts of the judges' and conflicts-of-interest pages. */
export const judgingPagesVi: Catalogue = {
  jury: {
    setPassword: {
      title: 'Đặt mật khẩu tài khoản giám khảo',
      intro: 'Chọn mật khẩu để đăng nhập và trả lời lời mời tham gia Ban giám khảo.',
      submit: 'Đặt mật khẩu',
      doneTitle: 'Đã đặt mật khẩu',
      doneBody: 'Bây giờ bạn có thể đăng nhập để xác nhận tham gia hoặc từ chối lời mời.',
      failedTitle: 'Không đặt được mật khẩu',
      failedBody: 'Hãy liên hệ Ban tổ chức để nhận lời mời mới.',
    },
    invitations: {
      title: 'Lời mời chấm thi',
      empty: 'Bạn chưa có lời mời nào.',
    },
    invitation: {
      title: 'Lời mời tham gia Ban giám khảo',
      intro:
        'Khi nhận lời, bạn sẽ được phân công chấm các bài dự thi của cuộc thi, trừ những bài dự thi bạn có xung đột lợi ích.',
      categories: 'Bảng',
      fields: 'Lĩnh vực',
      accept: 'Nhận lời',
      decline: 'Từ chối',
      acceptedNote: 'Bạn đã nhận lời. Nếu cần rút lui, hãy liên hệ Ban tổ chức.',
    },
    status: { invited: 'Đã mời', accepted: 'Đã nhận lời', declined: 'Đã từ chối' },
    subjects: {
      entry: 'Bài dự thi',
      person: 'Người (email)',
      organization: 'Trường, đơn vị',
      email_domain: 'Tên miền email',
    },
    sources: {
      declared: 'Giám khảo khai báo',
      recorded: 'Ban tổ chức ghi nhận',
      detected: 'Tự động phát hiện',
    },
    conflicts: {
      title: 'Xung đột lợi ích',
      intro:
        'Khai báo trước những người, trường, đơn vị hoặc tên miền email mà bạn có quan hệ: bạn sẽ không được phân công chấm bài dự thi liên quan.',
      contest: 'Cuộc thi',
      subject: 'Loại',
      value: 'Nội dung',
      valueHint: 'Địa chỉ email, tên trường/đơn vị, hoặc tên miền như truong.edu.vn.',
      recordValueHint: 'Mã bài dự thi, địa chỉ email, tên trường/đơn vị, hoặc tên miền.',
      reason: 'Lý do',
      source: 'Nguồn',
      withdraw: 'Rút lại',
      empty: 'Chưa có xung đột lợi ích nào được khai báo.',
      declare: 'Khai báo xung đột',
      record: 'Ghi nhận xung đột',
      pairs: 'Giám khảo và bài dự thi có xung đột',
      entry: 'Bài dự thi',
      reasons: 'Lý do',
      noPairs: 'Chưa có cặp giám khảo – bài dự thi nào có xung đột.',
      status: 'Trạng thái',
      blindNote:
        'Với cuộc thi chấm ẩn danh: khai báo gửi khi bạn đã được phân công chấm sẽ chờ Ban tổ chức xem xét, và không trang nào cho biết nó khớp với bài dự thi nào. Rút lại một khai báo không đưa bài dự thi nào trở lại danh sách chấm của bạn.',
    },
    conflictStatus: {
      effective: 'Có hiệu lực',
      pending: 'Chờ Ban tổ chức xem xét',
      rejected: 'Không được chấp nhận',
    },
    reviews: {
      title: 'Khai báo chờ xem xét',
      intro:
        'Giám khảo của cuộc thi chấm ẩn danh khai báo các mục này khi đã được phân công chấm, nên chúng chưa có hiệu lực: áp dụng ngay thì việc bài dự thi biến khỏi danh sách chấm sẽ cho giám khảo biết đội thi là ai. Hãy quyết định dựa trên lý do khai báo. Chấp nhận: các phân công của giám khảo với bài dự thi khớp được chuyển cho giám khảo khác (điểm đã chấm bị xoá); giám khảo không nhận thư báo. Không chấp nhận: không có gì thay đổi.',
      matches: 'Bài dự thi khớp',
      noMatch: 'Không khớp bài dự thi nào hiện có.',
      assignments: 'giám khảo đang chấm: {{count}} phân công sẽ được chuyển',
      accept: 'Chấp nhận',
      reject: 'Không chấp nhận',
    },
    judges: {
      title: 'Ban giám khảo',
      name: 'Giám khảo',
      nameHint: 'Chỉ dùng khi tạo tài khoản mới.',
      email: 'Email',
      organization: 'Đơn vị',
      scope: 'Bảng · lĩnh vực',
      status: 'Trạng thái',
      anyCategory: 'mọi bảng',
      anyField: 'mọi lĩnh vực',
      empty: 'Chưa mời giám khảo nào.',
      invite: 'Mời giám khảo',
      inviteSubmit: 'Gửi lời mời',
      categories: 'Bảng chấm',
      fields: 'Lĩnh vực chấm',
    },
    notice: {
      invited: 'Đã gửi lời mời.',
      recorded: 'Đã ghi nhận xung đột lợi ích.',
      deleted: 'Đã xoá.',
      saved: 'Đã ghi nhận khai báo; khai báo có hiệu lực.',
      pending: 'Đã ghi nhận khai báo; Ban tổ chức sẽ xem xét.',
      accepted: 'Đã chấp nhận khai báo; các phân công liên quan đã được chuyển.',
      rejected: 'Đã ghi nhận: không chấp nhận khai báo.',
    },
    errors: {
      VALIDATION_FAILED: 'Thông tin chưa hợp lệ. Hãy kiểm tra lại.',
      CANNOT_JUDGE:
        'Tài khoản này không thể làm giám khảo cuộc thi (tài khoản Ban tổ chức, hoặc người đang dự thi).',
      CONFLICT: 'Thao tác trùng với một thao tác khác. Hãy thử lại.',
      FORBIDDEN: 'Bạn không được thực hiện thao tác này.',
      INVALID_STATUS_TRANSITION: 'Không thể đổi câu trả lời này. Hãy liên hệ Ban tổ chức.',
      NOT_FOUND: 'Không tìm thấy.',
    },
  },
};
