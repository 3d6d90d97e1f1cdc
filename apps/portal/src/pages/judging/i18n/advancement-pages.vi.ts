import type { Catalogue } from '@app/platform';

/** Vietnamese texts of the advancement page. */
export const advancementPagesVi: Catalogue = {
  advancementPage: {
    title: 'Xét chọn vào vòng sau',
    heading: 'Xét chọn sau vòng {{position}}: {{name}}',
    saved: 'Đã lưu.',
    decidedAt: 'Vòng đã được quyết định {{at}}; kết quả là chính thức.',
    minutesPdf: 'Tải biên bản chấm (PDF)',
    rankingLink: 'Xem xếp hạng',
    scoreSheets: 'Phiếu chấm điểm của từng giám khảo (PDF)',
    ruleTitle: 'Quy tắc xét chọn',
    ruleIntro:
      'Quy tắc cần ít nhất một trong hai điều kiện: số bài đi tiếp mỗi bảng, hoặc điểm sàn. Các điều kiện còn lại là tùy chọn.',
    ruleMissing:
      'Vòng chưa có quy tắc xét chọn, nên chưa bài nào được đề xuất đi tiếp và chưa thể quyết định kết quả vòng. Hãy đặt số bài đi tiếp mỗi bảng hoặc điểm sàn.',
    ruleMissingDecide:
      'Chưa thể quyết định: vòng chưa có quy tắc xét chọn (số bài đi tiếp mỗi bảng hoặc điểm sàn).',
    setRule: 'Đặt quy tắc xét chọn',
    method: 'Phương pháp xếp hạng dùng để xét',
    topN: 'Số bài đi tiếp mỗi bảng',
    minTotal: 'Điểm sàn',
    minReviews: 'Số lượt chấm tối thiểu',
    zeroVeto: 'Loại bài có tiêu chí bị chấm 0 điểm',
    tieBreak: 'Thứ tự phân định khi đồng điểm',
    tieBreakHint:
      'Khi nhiều bài cùng tổng điểm tại ngưỡng, lần lượt so sánh theo các bước dưới đây; bước để trống được bỏ qua.',
    tieBreakStep: 'Bước {{n}}',
    tieBreakNone: '— Không dùng —',
    saveRule: 'Lưu quy tắc',
    proposalTitle: 'Danh sách đề xuất',
    noRanking: 'Chưa có kết quả xếp hạng của vòng này.',
    advancingCount: '{{count}}/{{total}} bài đi tiếp',
    entryTitle: 'Tên bài dự thi',
    total: 'Điểm',
    reviews: 'Lượt chấm',
    rank: 'Hạng',
    decision: 'Quyết định',
    reasons: 'Lý do',
    advances: 'Đi tiếp',
    stops: 'Dừng',
    byOverride: 'Theo điều chỉnh đã xác nhận: {{reason}}',
    noDecision: 'Chưa xét',
    pendingOverrideOf: 'Điều chỉnh chờ xác nhận: {{decision}} (chưa tính)',
    underReview: 'Chưa đủ lượt chấm',
    underReviewCount:
      '{{count}} bài chưa đủ {{required}} lượt chấm mà vòng yêu cầu (đánh dấu "Chưa đủ lượt chấm"): điểm, thứ hạng và đề xuất của các bài này còn có thể thay đổi khi giám khảo chấm tiếp.',
    underReviewDecide:
      '{{count}} bài chưa đủ lượt chấm. Nếu quyết định bây giờ, kết quả của các bài này dựa trên điểm chưa đầy đủ.',
    trailTitle: 'Phân định đồng điểm tại ngưỡng',
    trailIntro:
      'Bảng "{{category}}": {{contenders}} cùng {{total}} điểm, tranh {{seats}} suất còn lại.',
    trailAdvance: 'đi tiếp: {{codes}}',
    trailEliminate: 'dừng: {{codes}}',
    trailTied: 'vẫn đồng điểm: {{codes}}',
    trailAllTied:
      'Không phân định được sau mọi bước: tất cả cùng đi tiếp, đồng điểm tại ngưỡng không được phân định bằng bốc thăm.',
    noTrail: 'Không có trường hợp đồng điểm tại ngưỡng.',
    overridesTitle: 'Điều chỉnh của Ban tổ chức',
    noOverrides: 'Chưa có điều chỉnh.',
    overrideProposes: 'Đề xuất: {{decision}}',
    proposedByYou: 'Bạn đề xuất {{at}}.',
    proposedByOther: 'Một thành viên Ban tổ chức khác đề xuất {{at}}.',
    confirmedAt: 'Đã xác nhận {{at}}: có hiệu lực',
    pending: 'Chờ thành viên Ban tổ chức thứ hai xác nhận: chưa có hiệu lực',
    pendingMine:
      'Bạn không thể tự xác nhận đề xuất của mình; một thành viên Ban tổ chức khác cần xác nhận.',
    pendingNeverCounted: 'Không được xác nhận trước khi vòng được quyết định: không có hiệu lực',
    confirmOverride: 'Xác nhận điều chỉnh cho bài {{code}}',
    overrideEntry: 'Bài dự thi',
    overrideReason: 'Lý do (bắt buộc)',
    proposeOverride: 'Đề xuất điều chỉnh',
    superseded: 'Đã bị thay thế',
    overrideRule:
      'Mỗi bài có tối đa một điều chỉnh có hiệu lực. Đề xuất mới cho một bài thay thế đề xuất đang chờ xác nhận của bài đó; điều chỉnh đã xác nhận chỉ mất hiệu lực khi đề xuất mới được một thành viên Ban tổ chức khác xác nhận.',
    outcomes: {
      proposed:
        'Đã ghi đề xuất cho bài {{code}}; đề xuất có hiệu lực khi một thành viên Ban tổ chức khác xác nhận.',
      supersededPending:
        'Đã ghi đề xuất mới cho bài {{code}}. Đề xuất đang chờ xác nhận trước đó của bài này đã bị thay thế và không xác nhận được nữa, vì mỗi bài chỉ có một đề xuất chờ xác nhận.',
      replacesConfirmed:
        'Đã ghi đề xuất mới cho bài {{code}}. Điều chỉnh đã xác nhận trước đó vẫn có hiệu lực cho tới khi đề xuất mới được một thành viên Ban tổ chức khác xác nhận.',
      confirmed: 'Đã xác nhận điều chỉnh cho bài {{code}}.',
      confirmedReplacing:
        'Đã xác nhận điều chỉnh cho bài {{code}}. Điều chỉnh đã xác nhận trước đó của bài này không còn hiệu lực, vì mỗi bài chỉ có một điều chỉnh có hiệu lực.',
    },
    advanceTitle: 'Quyết định kết quả vòng',
    advanceWarning:
      'Quyết định là chính thức: trạng thái các bài được cập nhật và mỗi đội nhận thư thông báo. Không thể làm lại.',
    advanceConfirm: 'Tôi xác nhận cho {{count}} bài đi tiếp theo danh sách trên.',
    advanceButton: 'Quyết định và thông báo cho các đội',
    errors: {
      CONFIRM_REQUIRED: 'Hãy đánh dấu ô xác nhận trước khi quyết định.',
      VALIDATION_FAILED: 'Dữ liệu chưa hợp lệ; hãy kiểm tra lại các ô và lý do.',
      ROUND_DECIDED: 'Vòng này đã được quyết định.',
      SECOND_ORGANIZER_REQUIRED:
        'Điều chỉnh phải do một thành viên Ban tổ chức khác với người đề xuất xác nhận.',
      RANKING_NOT_READY: 'Vòng chưa có kết quả xếp hạng.',
      ADVANCEMENT_RULE_MISSING:
        'Chưa thể quyết định: hãy đặt quy tắc xét chọn (số bài đi tiếp mỗi bảng hoặc điểm sàn) trước.',
      TIE_BREAK_REPEATED: 'Mỗi bước phân định chỉ được chọn một lần; hãy bỏ bước trùng.',
      CONFLICT:
        'Điều chỉnh đã được xác nhận, hoặc một thành viên khác vừa thay đổi điều chỉnh của bài này; hãy tải lại trang.',
      OVERRIDE_SUPERSEDED:
        'Đề xuất này đã bị thay thế bằng một đề xuất mới hơn cho cùng bài, nên không xác nhận được nữa.',
      STALE_VERSION: 'Vòng vừa được người khác thay đổi; hãy tải lại trang.',
    },
  },
};
