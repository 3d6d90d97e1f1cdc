import type { Catalogue } from '@app/platform';

/** Vietnamese texts of the organizers' live final page. */
export const livePagesVi: Catalogue = {
  livePage: {
    title: 'Điều hành chung kết',
    intro:
      'Bốc thăm thứ tự, mở và đóng phần thi của từng đội, công bố giải và điều hành bình chọn. Màn hình hội trường tự cập nhật.',
    hallLink: 'Mở màn hình hội trường',
    now: 'Đang diễn ra',
    noPitch: 'Chưa có đội nào đang trình bày.',
    timer: 'Mỗi đội: {{pitch}} phút trình bày, {{questions}} phút hỏi đáp.',
    seed: 'Mã bốc thăm (để kiểm chứng)',
    open: 'Mở phần thi',
    close: 'Đóng phần thi',
    draw: 'Bốc thăm thứ tự',
    noOrder:
      'Chưa có thứ tự trình bày: bốc thăm cho từng bảng qua API hoặc sau khi có danh sách chung kết.',
    revealTitle: 'Công bố giải',
    revealed: 'Đã công bố {{shown}} giải, còn {{left}}.',
    revealNext: 'Công bố giải tiếp theo',
    votesTitle: 'Bình chọn của khán giả',
    voting_not_open: 'Bình chọn chưa mở.',
    voting_open: 'Bình chọn đang mở.',
    voting_closed: 'Bình chọn đã đóng.',
    openVoting: 'Mở bình chọn',
    closeVoting: 'Đóng bình chọn',
    revealVotes: 'Công bố kết quả bình chọn',
    errors: {
      LIVE_FINAL_IN_PROGRESS:
        'Chưa thể làm bước này khi chung kết đang diễn ra (hoặc bình chọn chưa đóng).',
      NOTHING_TO_REVEAL: 'Tất cả các giải đã được công bố.',
      VOTING_CLOSED: 'Bình chọn chưa được mở.',
      NOT_FOUND: 'Không tìm thấy mục này.',
      CONFLICT: 'Một người điều hành khác vừa làm bước này; hãy xem lại trang.',
    },
  },
};
