import type { Catalogue } from '@app/platform';

/** Vietnamese texts of the hall screen. */
export const hallPagesVi: Catalogue = {
  hallPage: {
    title: 'Màn hình hội trường: {{name}}',
    fullScreen: 'Toàn màn hình',
    waiting: 'Chung kết sắp bắt đầu',
    between: 'Mời đội tiếp theo',
    finished: 'Các đội đã trình bày xong',
    pitchOf: 'Đội {{position}}/{{of}}',
    pitch: 'Trình bày',
    questions: 'Hỏi đáp',
    overtime: 'Quá giờ',
    prizes: 'Kết quả',
    prizesLeft: 'Còn {{count}} giải chưa công bố',
    peoplesChoice: 'Giải bình chọn của khán giả',
    votingOpen: 'Bình chọn đang mở: bình chọn trên điện thoại của bạn',
    voteQr: 'Mã QR của trang bình chọn',
    votes: '{{count}} phiếu',
    reconnecting: 'Đang kết nối lại…',
  },
};
