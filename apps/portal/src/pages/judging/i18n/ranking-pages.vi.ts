import type { Catalogue } from '@app/platform';

/** Vietnamese texts of the ranking page. */
export const rankingPagesVi: Catalogue = {
  rankingMethods: {
    weighted_mean: 'Trung bình có trọng số',
    trimmed_mean: 'Trung bình cắt bỏ cao nhất, thấp nhất',
    z_score: 'Chuẩn hóa theo giám khảo (z-score)',
    bias_model: 'Mô hình hiệu chỉnh độ khắt khe',
  },
  rankingPage: {
    title: 'Xếp hạng',
    heading: 'Xếp hạng vòng {{position}}: {{name}}',
    statusTitle: 'Lần tính gần nhất',
    computedAt: 'Tính lúc {{at}} từ {{scores}} phiếu chấm đã nộp.',
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
    disagreementCount:
      '{{count}} bài dự thi có chênh lệch lớn giữa các giám khảo: nên xem lại phiếu chấm.',
    noEntries: 'Bảng này chưa có bài dự thi nào.',
    sensitivityTitle: 'Phương pháp tính có làm thay đổi kết quả không?',
    noCutOff: 'Vòng chưa đặt điều kiện xét chọn (số bài dự thi mỗi bảng hoặc điểm tối thiểu).',
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
