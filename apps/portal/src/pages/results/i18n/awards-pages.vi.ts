import type { Catalogue } from '@app/platform';

/** Vietnamese texts of the prizes and awards pages, and of the judges' feedback on an entry. */
export const awardsPagesVi: Catalogue = {
  prizesPage: {
    intro:
      'Các giải thưởng của cuộc thi, theo thứ tự trao. Giải Nhất, Nhì, Ba và Khuyến khích được hệ thống đề xuất theo xếp hạng vòng chung kết; giải đặc biệt do Ban tổ chức chọn. Đây cũng là danh sách giải trên biểu mẫu cuộc thi và trang công khai: sửa ở đâu cũng là sửa một danh sách.',
    empty: 'Cuộc thi chưa có giải thưởng nào.',
    add: 'Thêm giải thưởng',
    editTitle: 'Sửa giải thưởng',
    kind: 'Loại giải',
    kinds: {
      first: 'Giải Nhất',
      second: 'Giải Nhì',
      third: 'Giải Ba',
      consolation: 'Giải Khuyến khích',
      special: 'Giải đặc biệt',
    },
    nameHint: 'Giải đặc biệt ghi rõ tên, ví dụ "Giải ý tưởng của nhóm nữ khởi nghiệp".',
    amount: 'Giá trị mỗi giải (đồng)',
    amountHint: 'Số nguyên, ví dụ 50.000.000; 0 nếu giải không kèm tiền thưởng.',
    quantity: 'Số lượng giải',
    category: 'Bảng',
    categoryHint: 'Giải của một bảng chỉ trao cho bài dự thi thuộc bảng đó.',
    wholeContest: 'Toàn cuộc thi',
    summary: '{{quantity}} giải × {{amount}}',
    forCategory: 'Bảng {{category}}',
    forContest: 'Toàn cuộc thi',
    errors: {
      PRIZE_AWARDED:
        'Giải này đã được trao (hoặc có thay đổi đang chờ xác nhận) nên không thể xoá.',
      PRIZE_COUNT_EXCEEDED: 'Số lượng giải không thể ít hơn số giải đã được xác nhận trao.',
    },
  },
  awardsPage: {
    intro:
      'Đề xuất dựa trên xếp hạng {{round}} ({{method}}): bài dự thi điểm cao nhất của mỗi bảng nhận các giải theo thứ tự.',
    noRounds: 'Cuộc thi chưa có vòng nào.',
    notDecided:
      'Chưa thể trao giải: {{round}} chưa được quyết định kết quả. Đề xuất dưới đây chỉ để tham khảo.',
    noPrizes: 'Cuộc thi chưa có giải thưởng nào.',
    noRanking: 'Vòng chung kết chưa có xếp hạng.',
    pendingCount:
      '{{count}} thay đổi đang chờ thành viên Ban tổ chức thứ hai xác nhận; các thay đổi này chưa có hiệu lực.',
    proposalTitle: 'Đề xuất của hệ thống',
    rankingTitle: 'Xếp hạng vòng chung kết',
    notProposed: 'Giải đặc biệt không được đề xuất tự động: hãy đề xuất bài dự thi kèm lý do.',
    noCandidates: 'Chưa có bài dự thi nào để đề xuất.',
    tied: 'Đồng điểm với bài xếp sau',
    inEffect: 'Đã có hiệu lực',
    notInEffect: 'Chưa có hiệu lực',
    confirmAll: 'Xác nhận toàn bộ đề xuất',
    confirmPrize: 'Xác nhận đề xuất cho {{prize}}',
    entryTitle: 'Tên ý tưởng',
    total: 'Điểm',
    prizesHeld: 'Giải đã trao',
    free: 'Còn {{count}} giải chưa trao',
    confirmedTitle: 'Đã xác nhận',
    noneConfirmed: 'Chưa có bài dự thi nào được xác nhận nhận giải này.',
    fromProposal: 'Theo đề xuất của hệ thống',
    byChange: 'Thay đổi: {{reason}}',
    confirmedAt: 'Xác nhận {{at}}',
    pendingTitle: 'Chờ xác nhận lần hai',
    replaces: 'thay cho {{code}}',
    reason: 'Lý do: {{reason}}',
    proposedByYou: 'Bạn đề xuất {{at}}. Cần một thành viên khác của Ban tổ chức xác nhận.',
    proposedByOther: 'Thành viên khác của Ban tổ chức đề xuất {{at}}.',
    confirmChange: 'Xác nhận thay đổi cho {{code}}',
    changeTitle: 'Thay đổi đề xuất, kèm lý do',
    changeRule:
      'Thay đổi chỉ có hiệu lực khi một thành viên khác của Ban tổ chức xác nhận. Mọi bước đều được ghi vào nhật ký.',
    changeEntry: 'Bài dự thi nhận giải',
    changeReplaces: 'Thay cho',
    freePlace: '— Một giải còn trống —',
    changeReason: 'Lý do',
    proposeChange: 'Đề xuất thay đổi',
    withdrawTitle: 'Thu hồi giải',
    withdrawRule:
      'Thu hồi giải mà không trao cho bài khác (đội không đủ điều kiện, đội từ chối giải). Chỉ có hiệu lực khi một thành viên khác của Ban tổ chức xác nhận; sau đó lần công bố tiếp theo là một đính chính gửi riêng cho đội này.',
    withdrawReason: 'Lý do thu hồi',
    withdrawPropose: 'Đề xuất thu hồi giải của {{code}}',
    withdrawalPending: 'Đang chờ xác nhận thu hồi',
    withdrawalBy: '{{name}} đề xuất thu hồi {{at}}.',
    withdrawalByYou:
      'Bạn đề xuất thu hồi {{at}}. Cần một thành viên khác của Ban tổ chức xác nhận.',
    withdrawalConfirm: 'Xác nhận thu hồi giải của {{code}}',
    withdrawalCancel: 'Hủy đề xuất thu hồi giải của {{code}}',
    withdrawalCount:
      'Có {{count}} đề xuất thu hồi giải đang chờ thành viên thứ hai của Ban tổ chức xác nhận; giải vẫn còn hiệu lực.',
    withdrawnTitle: 'Giải đã thu hồi',
    withdrawnBadge: 'Đã thu hồi',
    withdrawnAt: 'Thu hồi {{at}}',
    feedbackTitle: 'Nhận xét và điểm của giám khảo cho các đội',
    feedbackIntro:
      'Khi bật cho một vòng, sau khi vòng được quyết định, mỗi đội thấy điểm và nhận xét của vòng đó trên trang bài dự thi của mình, không kèm tên giám khảo (Giám khảo 1, 2, ...). Mặc định là tắt.',
    feedbackOn: 'Đang bật',
    feedbackOff: 'Đang tắt',
    feedbackWaits: 'các đội sẽ thấy khi vòng được quyết định',
    feedbackRelease: 'Bật cho {{round}}',
    feedbackWithhold: 'Tắt cho {{round}}',
    outcomes: {
      withdrawalProposed:
        'Đã ghi nhận đề xuất thu hồi. Giải vẫn còn hiệu lực cho đến khi một thành viên khác của Ban tổ chức xác nhận.',
      withdrawalConfirmed:
        'Đã thu hồi giải; vị trí của giải được để trống. Lần công bố tiếp theo sẽ đính chính cho đội này.',
      withdrawalCancelled: 'Đã hủy đề xuất thu hồi; giải vẫn giữ nguyên.',
      proposalConfirmed: 'Đã xác nhận đề xuất; các giải đã có hiệu lực.',
      changeProposed:
        'Đã ghi nhận thay đổi. Thay đổi chưa có hiệu lực cho đến khi một thành viên khác của Ban tổ chức xác nhận.',
      changeConfirmed: 'Đã xác nhận thay đổi; thay đổi đã có hiệu lực.',
      feedbackReleased:
        'Đã bật: các đội sẽ thấy điểm và nhận xét của vòng khi vòng được quyết định.',
      feedbackWithheld: 'Đã tắt: các đội không còn thấy điểm và nhận xét của vòng.',
    },
    errors: {
      WITHDRAWAL_REASON_REQUIRED: 'Hãy ghi lý do thu hồi giải.',
      AWARD_NOT_CONFIRMED: 'Chỉ thu hồi được giải đã xác nhận.',
      AWARD_WITHDRAWAL_PENDING: 'Giải này đã có một đề xuất thu hồi đang chờ xác nhận.',
      AWARD_WITHDRAWAL_NOT_PENDING:
        'Không có đề xuất thu hồi nào đang chờ cho giải này (có thể đã được xác nhận hoặc hủy). Hãy tải lại trang.',
      REASON_REQUIRED: 'Hãy ghi lý do của thay đổi.',
      VALIDATION_FAILED: 'Thông tin chưa hợp lệ.',
      FINAL_ROUND_NOT_DECIDED: 'Chưa thể trao giải: vòng chung kết chưa được quyết định kết quả.',
      RANKING_NOT_READY: 'Vòng chung kết chưa có xếp hạng.',
      AWARD_ENTRY_NOT_FINALIST: 'Chỉ bài dự thi vào vòng chung kết mới được trao giải.',
      AWARD_WRONG_CATEGORY: 'Giải này dành cho bài dự thi của bảng khác.',
      PRIZE_COUNT_EXCEEDED:
        'Đã trao đủ số lượng của giải này. Hãy chọn một giải đã trao để thay thế.',
      AWARD_SUPERSEDED:
        'Thay đổi này đã được thay bằng một đề xuất mới hơn (hoặc giải nó thay thế không còn), nên không thể xác nhận.',
      SECOND_ORGANIZER_REQUIRED:
        'Thay đổi hoặc thu hồi giải phải do một thành viên khác của Ban tổ chức xác nhận, không phải người đề xuất.',
      CONFLICT:
        'Bài dự thi đã nhận giải này, hoặc một thành viên khác của Ban tổ chức vừa thay đổi cùng lúc. Hãy tải lại trang.',
    },
  },
  entryFeedback: {
    title: 'Điểm và nhận xét của giám khảo',
    intro: 'Ban tổ chức công bố điểm và nhận xét của vòng này; tên giám khảo không được hiển thị.',
    judge: 'Giám khảo {{n}}',
    total: 'Tổng điểm: {{total}} / {{scale}}',
    criterion: 'Tiêu chí',
    score: 'Điểm',
    noComment: 'Giám khảo không để lại nhận xét.',
    noReviews: 'Vòng này chưa có lượt chấm nào của bài dự thi.',
  },
};
