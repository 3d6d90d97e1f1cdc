import type { Catalogue } from '@app/platform';

/** Vietnamese texts of the certificate pages. */
export const certificatePagesVi: Catalogue = {
  certificates: {
    title: 'Giấy chứng nhận',
    intro:
      'Mỗi thành viên đã xác nhận tham gia của đội có bài dự thi vào vòng chung kết nhận một giấy chứng nhận tham gia; thành viên của đội đoạt giải nhận thêm giấy chứng nhận giải thưởng. Trưởng nhóm tải được giấy của cả đội.',
    none: 'Chưa có giấy chứng nhận nào cho bài dự thi này. Giấy chứng nhận có khi bài dự thi vào vòng chung kết.',
    person: 'Người nhận',
    what: 'Chứng nhận',
    code: 'Mã xác thực',
    issuedAt: 'Ngày cấp',
    download: '– {{what}}, {{name}}',
    downloadShort: 'Tải PDF',
    kind_participation: 'Tham gia vòng chung kết',
    kind_prize: 'Đạt {{prize}}',
    backToEntry: 'Về bài dự thi',
    organizerTitle: 'Giấy chứng nhận của cuộc thi',
    organizerIntro:
      'Tải về một tệp ZIP gồm giấy chứng nhận của mọi thành viên các đội vào vòng chung kết và các đội đoạt giải, mỗi người một tệp PDF. Tệp được tạo dần trong lúc tải, nên cuộc thi lớn có thể mất vài phút.',
    zip: 'Tải tất cả giấy chứng nhận (ZIP)',
    verifyLink: 'Trang xác thực giấy chứng nhận',
    settingsTitle: 'Nội dung in trên giấy chứng nhận',
    settingsIntro:
      'Đơn vị tổ chức in ở góc trên bên trái, địa danh trước ngày cấp, và các ô ký tên ở góc dưới bên phải. Thay đổi áp dụng cho mọi lần tải sau, kể cả giấy đã cấp (mã xác thực giữ nguyên).',
    settingsDefault: 'Cuộc thi đang dùng nội dung mặc định.',
    organisers: 'Đơn vị tổ chức',
    organisersHint:
      'Mỗi dòng một đơn vị, đơn vị cấp trên trước (tối đa 4 dòng, mỗi dòng tối đa 60 ký tự).',
    place: 'Địa danh',
    placeHint: 'In trước ngày cấp, ví dụ “Quảng Ngãi, ngày 06 tháng 12 năm 2026”.',
    signatory: 'Ô ký tên {{n}}',
    signatoryTitle: 'Chức danh',
    signatoryName: 'Họ và tên',
    settingsSave: 'Lưu nội dung in',
    settingsSaved: 'Đã lưu nội dung in trên giấy chứng nhận.',
    settingsErrors: 'Chưa lưu được: hãy sửa các ô được đánh dấu bên dưới.',
  },
  certificateVerify: {
    title: 'Xác thực giấy chứng nhận',
    intro: 'Nhập mã xác thực in ở góc dưới bên trái giấy chứng nhận, hoặc quét mã QR trên giấy.',
    codeLabel: 'Mã xác thực',
    codeHint: 'Ba nhóm bốn ký tự, ví dụ 7KQ2-M9XD-4RTA.',
    submit: 'Xác thực',
    genuine: 'Giấy chứng nhận này do Ban tổ chức cấp.',
    revoked:
      'Giấy chứng nhận này do Ban tổ chức cấp nhưng không còn hiệu lực: điều được chứng nhận đã thay đổi sau khi cấp (bài dự thi đã rút hoặc giải thưởng đã được điều chỉnh).',
    withdrawn:
      'Giấy chứng nhận này do Ban tổ chức cấp nhưng không còn hiệu lực: giải thưởng được chứng nhận đã bị Ban tổ chức thu hồi ngày {{date}}.',
    unknown:
      'Không có giấy chứng nhận nào mang mã {{code}}. Giấy tờ mang mã này không phải do Ban tổ chức cấp; hãy kiểm tra lại từng ký tự.',
    malformed:
      '“{{code}}” không phải là mã xác thực. Mã gồm ba nhóm bốn ký tự, ví dụ 7KQ2-M9XD-4RTA.',
    person: 'Người được chứng nhận',
    contest: 'Cuộc thi',
    what: 'Chứng nhận',
    entry: 'Bài dự thi',
    team: 'Đội',
    issuedAt: 'Ngày cấp',
    code: 'Mã xác thực',
    kind_participation: 'Đã tham gia vòng chung kết',
    kind_prize: 'Đã đạt {{prize}}',
    withdrawnAt: 'Thu hồi giải ngày',
    again: 'Xác thực mã khác',
  },
};
