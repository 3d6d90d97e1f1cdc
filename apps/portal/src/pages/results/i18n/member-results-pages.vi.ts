import type { Catalogue } from '@app/platform';

/** Vietnamese texts of a team member's results: the home page, the entry page and "Giấy chứng nhận của tôi". */
export const memberResultsPagesVi: Catalogue = {
  memberResults: {
    title: 'Kết quả',
    homeTitle: 'Kết quả của tôi',
    homeIntro: 'Kết quả các bài dự thi của bạn, sau khi cuộc thi công bố kết quả.',
    outcome: 'Kết quả',
    outcome_prize: 'Đạt {{prizes}}',
    outcome_finalist: 'Vào vòng chung kết',
    outcome_advanced: 'Vào đến {{round}}',
    outcome_not_advanced: 'Chưa vào vòng tiếp theo',
    outcome_ineligible: 'Không đủ điều kiện dự thi',
    certificates: 'Giấy chứng nhận của bạn',
    gallery: 'Giới thiệu trong thư viện ý tưởng',
    galleryShown: 'đang hiển thị',
    galleryNotShown: 'chưa hiển thị',
    feedback: 'Nhận xét của giám khảo: {{round}}',
    publicResults: 'Kết quả cuộc thi',
    allCertificates: 'Tất cả giấy chứng nhận của tôi',
  },
  myCertificates: {
    title: 'Giấy chứng nhận của tôi',
    intro:
      'Giấy chứng nhận của các bài dự thi bạn là trưởng nhóm hoặc thành viên, sau khi cuộc thi công bố kết quả. Trưởng nhóm nhận cả giấy chứng nhận của các thành viên để trao lại.',
    none: 'Bạn chưa có giấy chứng nhận nào. Giấy chứng nhận có khi cuộc thi công bố kết quả và bài dự thi của bạn đã vào vòng chung kết.',
    entry: 'Bài dự thi',
  },
};
