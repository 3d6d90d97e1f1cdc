import type { Catalogue } from '@app/platform';

/** Vietnamese texts of the organizers' assignment page. */
export const assignmentPagesVi: Catalogue = {
  assignmentStatus: {
    assigned: 'Đã phân công',
    in_progress: 'Đang chấm',
    scored: 'Đã chấm',
    released: 'Đã trả lại',
  },
  assignmentPage: {
    title: 'Phân công giám khảo',
    heading: 'Phân công giám khảo vòng {{position}}: {{name}}',
    reviewsLine: 'Mỗi bài dự thi cần {{n}} giám khảo',
    closesLine: 'hạn chấm {{at}}',
    actionsTitle: 'Thao tác',
    intakeHint:
      'Vòng 1 nhận các bài dự thi đủ điều kiện; các vòng sau nhận bài dự thi được vào tiếp từ vòng trước. Bấm lại chỉ thêm bài dự thi mới.',
    intake: 'Đưa bài dự thi vào vòng',
    autoHint:
      'Phân công tự động chia đều số bài cho giám khảo, không bao giờ giao bài có xung đột lợi ích, không để hai giám khảo cùng đơn vị chấm một bài và ưu tiên giám khảo đúng bảng, đúng lĩnh vực. Chạy lại chỉ bổ sung chỗ còn thiếu, không thay đổi bài đã chấm.',
    auto: 'Phân công tự động',
    jobTitle: 'Tiến độ phân công tự động',
    jobState_queued: 'Đang chờ xử lý…',
    jobState_running: 'Đang phân công…',
    jobState_done: 'Đã xong.',
    jobState_failed: 'Không thành công.',
    jobProgress: 'Hoàn thành {{percent}} %. Trang tự tải lại trong lúc chạy.',
    jobFailed:
      'Phân công tự động không thành công. Hãy thử lại; các phân công cũ vẫn được giữ nguyên.',
    reload: 'Tải lại trang',
    matrixTitle: 'Bảng phân công (giám khảo × bài dự thi)',
    matrixCaption: 'Mỗi dòng là một bài dự thi, mỗi cột là một giám khảo với số bài được giao.',
    summary: '{{entries}} bài dự thi, {{judges}} giám khảo, {{assignments}} lượt chấm',
    loads: 'số bài mỗi giám khảo từ {{min}} đến {{max}} (chênh lệch {{spread}})',
    understaffed: '{{count}} bài dự thi chưa đủ giám khảo',
    entry: 'Bài dự thi',
    judge: 'Giám khảo',
    judgeCount: 'Số giám khảo',
    load: '{{n}} bài',
    none: 'Chưa phân công',
    conflict: 'Xung đột lợi ích',
    remove: 'Bỏ phân công',
    confirmScored: 'Xác nhận bỏ cả phiếu chấm',
    empty:
      'Chưa có bài dự thi hoặc giám khảo trong vòng này. Hãy đưa bài dự thi vào vòng và mời giám khảo trước.',
    pages: 'Các trang của bảng phân công',
    previous: 'Trang trước',
    next: 'Trang sau',
    pageOf: 'Trang {{page}} / {{pages}}',
    addTitle: 'Phân công thủ công',
    addHint:
      'Hệ thống từ chối nếu giám khảo có xung đột lợi ích với bài dự thi, đã được giao bài dự thi này hoặc đã đủ số bài tối đa của vòng.',
    add: 'Thêm phân công',
    notice_intake: 'Đã đưa thêm {{added}} bài dự thi vào vòng (tổng cộng {{total}}).',
    notice_assigned: 'Đã tạo {{count}} lượt phân công; còn {{unfilled}} chỗ chưa có giám khảo.',
    notice_added: 'Đã thêm phân công.',
    notice_removed: 'Đã bỏ phân công.',
    maxLoadLine: 'tối đa {{n}} bài mỗi giám khảo',
    atMax: 'Đã đủ số bài tối đa',
    move: 'Chuyển cho giám khảo khác',
    moveTo: 'Chuyển cho',
    moveButton: 'Chuyển',
    refusal_conflict: 'có xung đột lợi ích',
    refusal_atMax: 'đã đủ số bài tối đa',
    notice_moved: 'Đã chuyển bài cho giám khảo khác.',
    error_JUDGE_AT_MAX_LOAD:
      'Không thể giao: giám khảo đã đủ số bài tối đa của vòng này. Hãy chọn giám khảo khác hoặc tăng số bài tối đa trong cài đặt vòng.',
    error_CONFLICT_OF_INTEREST:
      'Không thể phân công: giám khảo có xung đột lợi ích với bài dự thi này.',
    error_CONFLICT:
      'Không thể thực hiện: giám khảo đã được giao bài dự thi này, hoặc bài đã có phiếu chấm (hãy đánh dấu ô xác nhận để bỏ cả phiếu chấm).',
    error_NOT_FOUND: 'Không tìm thấy bài dự thi hoặc phân công này trong vòng.',
    error_VALIDATION_FAILED: 'Người được chọn không phải là giám khảo đã nhận lời của cuộc thi.',
    error_ROUND_DECIDED: 'Vòng đã có quyết định; phân công không thay đổi được nữa.',
    error_other: 'Không thể thực hiện thao tác. Hãy tải lại trang và thử lại.',
  },
};
