import type { Catalogue } from '@app/platform';

/** Vietnamese texts of the statistics page (group names come from the report's texts). */
export const statisticsPagesVi: Catalogue = {
  statisticsPage: {
    title: 'Thống kê và báo cáo',
    link: 'Thống kê và báo cáo',
    intro:
      'Số liệu của cuộc thi tính đến lúc mở trang. Bài dự thi đã nộp không tính bản nháp và bài đã rút; mỗi biểu đồ có bảng số liệu cho trình đọc màn hình.',
    received: 'Bài dự thi đã nộp',
    members: 'Thành viên các nhóm',
    entriesSection: 'Bài dự thi',
    roundsSection: 'Các vòng',
    submissionsSection: 'Nộp bài theo thời gian',
    noRounds: 'Cuộc thi chưa có vòng nào.',
    noSubmissions: 'Chưa có bài dự thi nào được nộp.',
    noJudges: 'Vòng này chưa phân công giám khảo.',
    group: 'Nhóm',
    count: 'Số lượng',
    judge: 'Giám khảo',
    scored: 'Đã chấm / được phân công',
    scoredOf: '{{scored}}/{{total}}',
    chartDesc: '{{groups}} nhóm, tổng cộng {{total}}. Số liệu từng nhóm ở bảng ngay sau biểu đồ.',
    more: 'Biểu đồ vẽ các nhóm lớn nhất; còn {{count}} nhóm khác có trong báo cáo XLSX.',
    roundHeading: 'Vòng {{position}}: {{name}}',
    decidedAt: 'Đã quyết định {{at}}.',
    undecided: 'Chưa quyết định.',
    submissionsDesc:
      'Số bài dự thi đã nộp cộng dồn theo ngày, tổng cộng {{total}}; hạn nộp {{deadline}}. Số liệu từng ngày ở bảng ngay sau biểu đồ.',
    deadlineMark: 'Hạn nộp {{day}}',
    deadline: 'Hạn nộp: {{day}}',
    day: 'Ngày',
    dayCount: 'Nộp trong ngày',
    cumulative: 'Cộng dồn',
    downloads: 'Báo cáo XLSX',
    downloadHint:
      'Toàn bộ cuộc thi cho báo cáo tổng kết năm: thống kê, bài dự thi và nhóm, điểm từng vòng theo tiêu chí, kết quả các vòng.',
    download: 'Tải báo cáo (XLSX)',
    downloadAnonymous: 'Tải bản ẩn tên giám khảo (XLSX)',
  },
};
