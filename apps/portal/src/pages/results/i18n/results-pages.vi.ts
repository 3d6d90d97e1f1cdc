import type { Catalogue } from '@app/platform';

/** Vietnamese texts of the announcement page and the public results page. */
export const resultsPagesVi: Catalogue = {
  announcementPage: {
    title: 'Công bố kết quả',
    heading: 'Công bố kết quả',
    intro:
      'Công bố gửi mỗi thành viên có email của mọi đội dự thi thư kết quả phù hợp, bằng ngôn ngữ của họ, và mở trang kết quả công khai.',
    correctionIntro:
      'Kết quả đã được công bố. Nếu kết quả của bài dự thi nào thay đổi (giải bị thu hồi, đồng hạng được phân định), bản đính chính chỉ gửi thư cho các đội có kết quả thay đổi.',
    version: 'Lần công bố {{version}}',
    groupsTitle: 'Người nhận theo nhóm kết quả',
    group: 'Nhóm',
    entries: 'Bài dự thi',
    recipients: 'Người nhận',
    total: 'Tổng cộng',
    previewTitle: 'Xem trước thư: {{group}}',
    previewFor: 'Thư gửi {{name}}, dữ liệu thật của người nhận:',
    previewLocale: 'Tiếng Việt',
    previewLocaleEn: 'Tiếng Anh',
    subject: 'Tiêu đề',
    nothingToSend: 'Không có bài dự thi nào có kết quả thay đổi: không có gì để gửi.',
    confirm: 'Tôi đã xem trước các thư và xác nhận công bố',
    announce: 'Công bố kết quả',
    announceCorrection: 'Gửi bản đính chính',
    announced: 'Đã công bố lần {{version}}: {{mails}} thư được đưa vào hàng đợi gửi.',
    confirmRequired: 'Hãy đánh dấu ô xác nhận trước khi công bố.',
    progressTitle: 'Tiến độ gửi thư',
    progressLabel: 'Đã gửi {{sent}} trên {{total}} thư',
    queued: 'Đang chờ gửi',
    sent: 'Đã gửi',
    failed: 'Gửi lỗi',
    done: 'Đã gửi xong.',
    retry: 'Gửi lại các thư lỗi',
    retried: 'Đã đưa {{count}} thư lỗi vào hàng đợi gửi lại.',
    publicLink: 'Trang kết quả công khai',
    errors: {
      ANNOUNCEMENT_ROUND_UNDECIDED:
        'Còn vòng chưa có quyết định; hãy quyết định mọi vòng trước khi công bố.',
      ANNOUNCEMENT_AWARDS_PENDING:
        'Còn thay đổi hoặc thu hồi giải thưởng đang chờ thành viên thứ hai của Ban tổ chức xác nhận.',
      ANNOUNCEMENT_NOT_JUDGING: 'Chỉ công bố được khi cuộc thi đang ở giai đoạn chấm thi.',
      ANNOUNCEMENT_UNCHANGED:
        'Không có kết quả nào thay đổi kể từ lần công bố trước; không có gì để gửi.',
      ANNOUNCEMENT_CONCURRENT:
        'Một thành viên khác của Ban tổ chức vừa công bố cùng lúc; hãy tải lại trang.',
    },
  },
  judgeNameConsent: {
    title: 'Tên trên trang kết quả',
    label:
      'Hiển thị tên và học hàm, học vị của tôi trong hội đồng giám khảo trên trang kết quả công khai',
    hint: 'Mặc định không hiển thị. Bạn có thể thay đổi bất cứ lúc nào.',
    save: 'Lưu lựa chọn',
  },
  resultOutcomes: {
    prize: 'Đạt giải',
    finalist: 'Vào chung kết',
    advanced: 'Vào vòng sau',
    not_advanced: 'Chưa vào vòng tiếp theo',
    ineligible: 'Không đủ điều kiện',
  },
  publicResults: {
    title: 'Kết quả {{name}}',
    lead: 'Kết quả chính thức do Ban tổ chức công bố.',
    announcedAt: 'Công bố lúc {{at}}',
    correctedAt: 'Đính chính lần {{n}} lúc {{at}}',
    correctionsTitle: 'Đính chính',
    prizesTitle: 'Giải thưởng',
    amount: 'Trị giá {{amount}}',
    finalistsTitle: 'Các bài dự thi vào chung kết',
    noFinalists: 'Không có bài dự thi nào khác vào chung kết.',
    judgesTitle: 'Hội đồng giám khảo',
    noJudges: 'Các giám khảo chưa đồng ý công khai tên.',
    datesTitle: 'Các mốc thời gian',
    opened: 'Mở đăng ký',
    deadline: 'Hạn nộp bài',
    finalDecided: 'Chung kết',
    team: 'Đội',
    share: 'Chia sẻ trang kết quả',
  },
};
