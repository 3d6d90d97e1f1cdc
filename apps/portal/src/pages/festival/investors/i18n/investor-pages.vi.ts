import type { Catalogue } from '@app/platform';

/** Vietnamese texts of the festival's investor-connection pages. */
export const investorPagesVi: Catalogue = {
  festivalMeetings: {
    title: 'Kết nối nhà đầu tư',
    link: 'Kết nối nhà đầu tư',
    intro:
      'Duyệt hồ sơ nhà đầu tư, đặt các khung giờ gặp tại ngày hội, xem mọi đề nghị gặp và lịch gặp trong ngày.',
    dayTitle: 'Lịch gặp trong ngày',
    dayEmpty: 'Chưa có cuộc gặp nào được xác nhận.',
    requestsTitle: 'Mọi đề nghị gặp',
    requestsEmpty: 'Chưa có đề nghị gặp nào.',
    later: 'Gặp sau ngày hội',
    statuses: { pending: 'Chờ đội trả lời', accepted: 'Đã đồng ý', declined: 'Đã từ chối' },
    slotsTitle: 'Khung giờ gặp',
    slotsEmpty: 'Chưa có khung giờ nào.',
    taken: 'đã có người đặt',
    free: 'còn trống',
    startTime: 'Bắt đầu',
    endTime: 'Kết thúc',
    place: 'Bàn / phòng',
    addSlot: 'Thêm khung giờ',
    investorsTitle: 'Hồ sơ nhà đầu tư',
    investorsEmpty: 'Chưa có hồ sơ nhà đầu tư nào.',
    kinds: {
      fund: 'Quỹ đầu tư',
      angel: 'Nhà đầu tư thiên thần',
      company: 'Doanh nghiệp',
      national_fund: 'Quỹ khởi nghiệp quốc gia',
    },
    investorStatuses: { pending: 'Chờ duyệt', approved: 'Đã duyệt', refused: 'Không duyệt' },
    approve: 'Duyệt',
    refuse: 'Không duyệt',
    notice_slot: 'Đã thêm khung giờ.',
    notice_decided: 'Đã ghi quyết định và gửi thư cho nhà đầu tư.',
  },
};
