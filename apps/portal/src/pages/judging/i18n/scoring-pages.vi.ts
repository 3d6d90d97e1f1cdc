import type { Catalogue } from '@app/platform';

/** Vietnamese texts of the judges' scoring pages. */
export const scoringPagesVi: Catalogue = {
  scoring: {
    queueTitle: 'Danh sách chấm điểm',
    next: 'Chấm bài tiếp theo ({{code}})',
    progressAll: 'Đã nộp phiếu {{scored}}/{{total}} bài.',
    progress: 'Tiến độ: {{scored}}/{{total}} bài',
    empty: 'Bạn chưa được phân công chấm bài nào.',
    closesAt: 'Hạn chấm:',
    noClose: 'chưa đặt',
    window_open: 'đang mở',
    window_not_open: 'chưa mở',
    window_closed: 'đã đóng',
    code: 'Mã bài',
    entryTitle: 'Tên ý tưởng/dự án',
    status: 'Trạng thái',
    due: 'Hạn hoàn thành',
    status_assigned: 'Chưa chấm',
    status_in_progress: 'Đang chấm (nháp)',
    status_scored: 'Đã nộp phiếu',
    status_released: 'Đã trả lại',
    readOnly_not_open:
      'Vòng chưa mở chấm: thời gian chấm từ {{opensAt}} đến {{closesAt}}. Phiếu chấm chỉ xem được cho đến khi vòng mở chấm.',
    readOnly_closed:
      'Thời gian chấm của vòng đã kết thúc {{closesAt}} (bắt đầu {{opensAt}}): phiếu chấm chỉ xem được, không sửa được.',
    blindNote: 'Cuộc thi chấm ẩn danh: thông tin nhận diện đội thi được ẩn.',
    teamName: 'Tên đội',
    organization: 'Trường/đơn vị',
    members: 'Thành viên',
    video: 'Video giới thiệu',
    entrySection: 'Nội dung bài dự thi',
    scoreSection: 'Phiếu chấm điểm',
    range: '0–{{max}} điểm',
    commentForTeam: 'Nhận xét gửi đội thi',
    commentHint:
      'Đội thi có thể nhận được nhận xét này nếu Ban tổ chức cho phép; không ghi tên bạn.',
    noteForOrganizers: 'Ghi chú cho Ban tổ chức (đội thi không thấy)',
    saveDraft: 'Lưu nháp',
    submit: 'Nộp phiếu chấm',
    total: 'Tổng điểm đã lưu (có trọng số): {{total}} / {{scale}}',
    runningTotal: 'Tổng điểm có trọng số:',
    runningTotalHint:
      'Tự tính lại khi bạn nhập điểm (ô trống hoặc điểm ngoài khoảng được tính 0). Điểm chính thức là điểm hệ thống tính khi lưu.',
    scoreStatus_draft: 'bản nháp',
    scoreStatus_submitted: 'đã nộp',
    othersTitle: 'Điểm của các giám khảo khác',
    judgeNumber: 'Giám khảo {{number}}',
    conflictTitle: 'Xung đột lợi ích',
    conflictIntro:
      'Nếu bạn có quan hệ với đội thi này (người thân, đồng nghiệp, cố vấn...), hãy khai báo: bài sẽ được giao cho giám khảo khác và phiếu nháp của bạn sẽ bị xóa.',
    conflictReason: 'Lý do',
    conflictButton: 'Khai báo xung đột lợi ích',
    notice_saved: 'Đã lưu nháp.',
    notice_submitted: 'Đã nộp phiếu chấm. Bạn vẫn có thể sửa đến khi hết hạn chấm.',
    notice_released:
      'Đã ghi nhận xung đột lợi ích; bài đã được trả lại để giao cho giám khảo khác.',
    error_invalid: 'Phiếu chấm chưa hợp lệ, hãy xem các tiêu chí được đánh dấu.',
    error_stale:
      'Phiếu chấm đã được sửa ở nơi khác (tab hoặc thiết bị khác). Hãy tải lại trang rồi lưu lại.',
    error_closed: 'Thời hạn chấm của vòng này đã kết thúc.',
    error_notOpen: 'Thời hạn chấm của vòng này chưa bắt đầu.',
  },
};
