import type { Catalogue } from '@app/platform';

/** Vietnamese texts of a contest's status changes: the choices, their consequences, the confirmation. */
export const contestStatusPagesVi: Catalogue = {
  statusChange: {
    choicesTitle: 'Có thể chuyển sang',
    moveTo_open: 'Mở nhận bài dự thi',
    moveTo_closed: 'Đóng nhận bài dự thi',
    moveTo_judging: 'Bắt đầu chấm',
    review: 'Xem hệ quả và xác nhận',
    notReady: 'Chưa thể chuyển:',
    judgingEnd:
      'Cuộc thi đang chấm. Trạng thái “Đã công bố” chỉ đạt được khi công bố kết quả, không chuyển trực tiếp được.',
    announcedEnd: 'Kết quả đã công bố; trạng thái không thay đổi được nữa.',
    confirmTitle: 'Xác nhận chuyển trạng thái',
    fromTo: 'Từ “{{from}}” sang “{{to}}”.',
    consequencesTitle: 'Điều sẽ xảy ra',
    confirmButton: 'Xác nhận: {{action}}',
    confirmMissing: 'Hãy bấm nút xác nhận để chuyển trạng thái.',
    back: 'Quay lại thiết lập cuộc thi',
    consequence: {
      becomesPublic:
        'Trang cuộc thi được công khai; các đội đăng ký từ {{opensAt}} và nộp bài dự thi đến {{deadline}}.',
      stopsEarly: 'Dừng nhận bài dự thi ngay bây giờ, trước hạn nộp đã công bố ({{deadline}}).',
      stopsAfterDeadline: 'Hạn nộp ({{deadline}}) đã qua; việc đóng không thay đổi gì với các đội.',
      draftsStopped:
        '{{count}} bài dự thi đang là bản nháp sẽ không nộp được nữa (vẫn được giữ lại).',
      submittedFrozen: '{{count}} bài dự thi đã nộp sẽ không sửa hay rút được nữa.',
      reopensUntil: 'Các đội sửa và nộp bài dự thi được trở lại, đến {{deadline}}.',
      reopenPastDeadline:
        'Hạn nộp ({{deadline}}) đã qua: chưa ai nộp được cho đến khi Ban tổ chức dời hạn nộp.',
      draftsNotJudged: '{{count}} bài dự thi còn là bản nháp sẽ không bao giờ được chấm.',
      judgingFinal:
        'Có thể phân công giám khảo; sau bước này không mở lại việc nhận bài dự thi được nữa.',
      mailsTeams: '{{count}} đội sẽ nhận email báo tin.',
      mailsNobody: 'Không ai nhận email.',
    },
  },
};
