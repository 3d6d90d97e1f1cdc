import type { Catalogue } from '@app/platform';

/** Vietnamese texts of the public gallery of ideas and a team's choice to be in it. */
export const galleryPagesVi: Catalogue = {
  gallery: {
    title: 'Thư viện ý tưởng',
    intro:
      'Các bài dự thi mà đội thi đồng ý giới thiệu công khai: ý tưởng, bảng, lĩnh vực, địa phương và tên đội.',
    searchLabel: 'Tìm ý tưởng',
    search: 'Tìm theo tên ý tưởng, tóm tắt hoặc tên đội',
    searchHint: 'Có thể gõ không dấu, ví dụ "sa huynh".',
    filtersTitle: 'Tìm kiếm và lọc',
    moreFilters: 'Lọc theo bảng, lĩnh vực, địa phương',
    any: 'Tất cả',
    filter: 'Tìm',
    clear: 'Xoá bộ lọc',
    total: 'Có {{total}} ý tưởng.',
    empty: 'Chưa có ý tưởng nào trong thư viện.',
    noMatch: 'Không tìm thấy ý tưởng phù hợp. Hãy thử từ khoá khác hoặc xoá bộ lọc.',
    team: 'Đội',
    place: 'Địa phương',
    prize: 'Giải thưởng',
    imageAlt: 'Hình ảnh của ý tưởng {{title}}',
    pages: 'Các trang của thư viện',
    previous: 'Trang trước',
    next: 'Trang sau',
    pageOf: 'Trang {{page}}/{{pages}}',
    backToContest: 'Về trang cuộc thi',
    openGallery: 'Xem thư viện ý tưởng',
  },
  entryGallery: {
    title: 'Giới thiệu trong thư viện ý tưởng',
    explain:
      'Khi đội đồng ý, bài dự thi được giới thiệu công khai trong thư viện ý tưởng của cuộc thi: tên ý tưởng, tóm tắt, bảng, lĩnh vực, xã/phường, tên đội, giải thưởng và một hình ảnh do đội chọn. Họ tên, email và số điện thoại của thành viên không bao giờ được công bố.',
    listed: 'Bài dự thi đang được giới thiệu trong thư viện ý tưởng từ {{at}}.',
    listedHidden:
      'Đội đã đồng ý giới thiệu, nhưng bài dự thi hiện không hiển thị trong thư viện vì trạng thái của bài dự thi.',
    notListed: 'Bài dự thi chưa có trong thư viện ý tưởng.',
    unavailable:
      'Chỉ bài dự thi đã nộp (không phải bản nháp, đã rút hoặc không đủ điều kiện) mới được đưa vào thư viện.',
    leaderOnly: 'Trưởng nhóm quyết định việc giới thiệu bài dự thi trong thư viện.',
    image: 'Hình ảnh trên thư viện',
    noImage: 'Không dùng hình ảnh',
    imageHint: 'Chọn một ảnh PNG, JPEG hoặc WebP đã tải lên cùng bài dự thi.',
    noImages:
      'Bài dự thi chưa có ảnh. Đội có thể tải ảnh lên ở trang chỉnh sửa (loại tệp "Hình ảnh") khi bài dự thi còn được sửa.',
    imageInvalid: 'Hãy chọn một ảnh của chính bài dự thi này.',
    optIn: 'Đồng ý giới thiệu trong thư viện',
    save: 'Lưu hình ảnh',
    withdraw: 'Rút khỏi thư viện',
    withdrawHint: 'Bài dự thi biến mất khỏi thư viện ngay lập tức; đội có thể đồng ý lại sau.',
    notice_optedIn: 'Bài dự thi đã được đưa vào thư viện ý tưởng.',
    notice_saved: 'Đã lưu hình ảnh.',
    notice_withdrawn: 'Bài dự thi đã được rút khỏi thư viện ý tưởng.',
    viewGallery: 'Xem thư viện ý tưởng',
    backToEntry: 'Về bài dự thi',
    manage: 'Thư viện ý tưởng',
  },
};
