// Deep import: the catalogues load in unit tests without the Nest modules of the lib.
import { rankingMethodCatalogue } from '@app/judging';
import type { Catalogue } from '@app/platform';

/** Vietnamese texts of the ranking page. */
export const rankingPagesVi: Catalogue = {
  // The names live with the methods, in the judging lib (one list for pages and papers).
  rankingMethods: rankingMethodCatalogue('vi'),
  rankingPage: {
    title: 'Xếp hạng',
    heading: 'Xếp hạng vòng {{position}}: {{name}}',
    statusTitle: 'Lần tính gần nhất',
    computedAt: 'Tính {{at}} từ {{scores}} phiếu chấm đã nộp.',
    notReady: 'Chưa có kết quả xếp hạng. Kết quả được tính tự động khi giám khảo nộp phiếu chấm.',
    scaleLine: 'Thang điểm: {{scale}}',
    decidingLine: 'Phương pháp xét chọn: {{method}}',
    recompute: 'Tính lại ngay',
    notice_requested: 'Đã yêu cầu tính lại; kết quả sẽ có sau vài giây. Hãy tải lại trang.',
    tabsLabel: 'Xếp hạng theo bảng',
    overall: 'Toàn vòng',
    tableCaption:
      'Điểm theo từng phương pháp, trong ngoặc là thứ hạng (các bài dự thi bằng điểm cùng hạng).',
    reviews: 'Số phiếu',
    spread: 'Chênh lệch',
    flags: 'Lưu ý',
    rank: 'hạng {{rank}}',
    flagDisagreement: 'Giám khảo chấm rất khác nhau',
    flagZero: 'Có tiêu chí 0 điểm',
    flagOutliers: '{{count}} phiếu thấp bất thường',
    reviewsOf: '{{done}}/{{required}}',
    flagUnderReview: 'Chưa đủ lượt chấm ({{done}}/{{required}})',
    underReviewCount:
      '{{count}} bài dự thi chưa đủ {{required}} lượt chấm mà vòng yêu cầu (đánh dấu "Chưa đủ lượt chấm"): điểm và thứ hạng của các bài này còn có thể thay đổi khi giám khảo chấm tiếp.',
    disagreementCount:
      '{{count}} bài dự thi có chênh lệch lớn giữa các giám khảo: nên xem lại phiếu chấm.',
    noEntries: 'Bảng này chưa có bài dự thi nào.',
    sensitivityTitle: 'Phương pháp tính có làm thay đổi kết quả không?',
    noCutOff: 'Vòng chưa đặt điều kiện xét chọn (số bài dự thi mỗi bảng hoặc điểm tối thiểu).',
    setRule: 'Đặt quy tắc xét chọn',
    cutOffTopN: 'Chọn {{n}} bài dự thi cao nhất mỗi bảng.',
    cutOffMinTotal: 'Điểm tối thiểu: {{min}}.',
    advancesUnder: 'đạt theo',
    notUnder: 'không đạt theo',
    sameResult: 'Mọi phương pháp cho cùng một danh sách bài dự thi vượt ngưỡng.',
    judgesTitle: 'Độ khắt khe của giám khảo',
    judgesIntro:
      'Số điểm dương: giám khảo chấm rộng tay hơn mặt bằng chung; số âm: chấm khắt khe hơn. Giám khảo chấm ít bài dự thi được điều chỉnh về 0.',
    judge: 'Giám khảo',
    judgeScores: 'Số phiếu',
    judgeMean: 'Điểm trung bình',
    judgeStdDev: 'Độ lệch chuẩn',
    severity: 'Độ lệch so với mặt bằng',
    tone_generous: 'rộng tay',
    tone_severe: 'khắt khe',
    tone_neutral: 'trung tính',
  },
};
