import type { Catalogue } from '@app/platform';
import { fieldErrorCatalogue } from './field-errors';
import { assignmentPagesVi } from '../judging/i18n/assignment-pages.vi';
import { entryPagesVi } from '../entries/i18n/entry-pages.vi';
import { judgingPagesVi } from '../judging/i18n/judging-pages.vi';
import { organizerPagesVi } from '../contests/i18n/organizer-pages.vi';
import { contestStatusPagesVi } from '../contests/i18n/contest-status-pages.vi';
import { rankingPagesVi } from '../judging/i18n/ranking-pages.vi';
import { advancementPagesVi } from '../judging/i18n/advancement-pages.vi';
import { scoringPagesVi } from '../judging/i18n/scoring-pages.vi';
import { membershipPagesVi } from '../entries/i18n/membership-pages.vi';
import { personalDataPagesVi } from '../accounts/i18n/personal-data-pages.vi';
import { adminUsersPagesVi } from '../accounts/i18n/admin-users-pages.vi';
import { statisticsPagesVi } from '../results/i18n/statistics-pages.vi';
import { galleryPagesVi } from '../results/i18n/gallery-pages.vi';
import { resultsPagesVi } from '../results/i18n/results-pages.vi';
import { awardsPagesVi } from '../results/i18n/awards-pages.vi';
import { certificatePagesVi } from '../results/i18n/certificate-pages.vi';
import { memberResultsPagesVi } from '../results/i18n/member-results-pages.vi';
import { festivalPagesVi } from '../festival/i18n/festival-pages.vi';
import { checkInPagesVi } from '../festival/check-in/i18n/check-in-pages.vi';
import { investorPagesVi } from '../festival/investors/i18n/investor-pages.vi';
import { hallPagesVi } from '../festival/hall/i18n/hall-pages.vi';
import { votePagesVi } from '../festival/votes/i18n/vote-pages.vi';
import { livePagesVi } from '../festival/live/i18n/live-pages.vi';

/** Vietnamese page texts (the default language of the portal). */
export const vi: Catalogue = {
  app: {
    name: 'Cuộc thi Khởi nghiệp Đổi mới sáng tạo',
    shortName: 'Khởi nghiệp ĐMST',
  },
  nav: {
    skip: 'Bỏ qua, đến nội dung chính',
    label: 'Điều hướng chính',
    home: 'Trang chủ',
    myHome: 'Trang của tôi',
    signIn: 'Đăng nhập',
    register: 'Đăng ký',
    signOut: 'Đăng xuất',
    changePassword: 'Đổi mật khẩu',
    language: 'Ngôn ngữ',
    signedInAs: 'Đang đăng nhập: {{name}}',
    contests: 'Cuộc thi',
    myEntries: 'Bài dự thi của tôi',
    myData: 'Dữ liệu cá nhân',
    queue: 'Bài dự thi cần chấm',
    invitations: 'Lời mời chấm thi',
    conflicts: 'Xung đột lợi ích',
  },
  footer: {
    about:
      'Nền tảng tổ chức Cuộc thi Khởi nghiệp Đổi mới sáng tạo cấp tỉnh và các cuộc thi ý tưởng khởi nghiệp.',
    privacy:
      'Dữ liệu cá nhân được xử lý theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định 356/2025/NĐ-CP.',
  },
  home: {
    title: 'Chào mừng đến với Cuộc thi Khởi nghiệp Đổi mới sáng tạo',
    lead: 'Nơi các bạn học sinh, sinh viên, nhóm khởi nghiệp và doanh nghiệp khởi nghiệp đăng ký dự thi, nộp ý tưởng, theo dõi kết quả và gặp gỡ nhà đầu tư tại Ngày hội khởi nghiệp.',
    stepsTitle: 'Tham gia như thế nào?',
    step1: 'Tạo tài khoản và xác nhận địa chỉ email.',
    step2: 'Chọn cuộc thi đang mở, lập nhóm và điền bài dự thi ý tưởng hoặc dự án.',
    step3: 'Lưu nháp, nộp trước hạn và nhận mã bài dự thi qua email.',
    step4: 'Theo dõi các vòng sơ khảo, bán kết, chung kết và nhận kết quả.',
    contestsTitle: 'Các cuộc thi đang mở',
    contestsSoon: 'Danh sách cuộc thi sẽ được công bố tại đây khi Ban tổ chức mở đăng ký.',
    ctaRegister: 'Đăng ký tài khoản',
    ctaSignIn: 'Đăng nhập',
    ctaHome: 'Đến trang của tôi',
    welcomeBack: 'Xin chào, {{name}}!',
    allContests: 'Xem tất cả cuộc thi',
  },
  fields: {
    email: 'Email',
    password: 'Mật khẩu',
    passwordHint: 'Ít nhất {{min}} ký tự; nên dùng một cụm từ dễ nhớ nhưng khó đoán.',
    fullName: 'Họ và tên',
    phone: 'Số điện thoại',
    organization: 'Đơn vị / Trường',
    optional: '(không bắt buộc)',
    currentPassword: 'Mật khẩu hiện tại',
    newPassword: 'Mật khẩu mới',
    confirmPassword: 'Nhập lại mật khẩu mới',
    showPassword: 'Hiện mật khẩu',
  },
  form: {
    hasErrors: 'Vui lòng kiểm tra lại các thông tin được đánh dấu bên dưới.',
    errorPrefix: 'Lỗi:',
  },
  register: {
    title: 'Đăng ký tài khoản',
    intro: 'Tạo tài khoản để đăng ký dự thi và theo dõi bài dự thi của bạn.',
    consentTitle: 'Đồng ý xử lý dữ liệu cá nhân',
    consentVersion: 'Phiên bản nội dung: {{version}}',
    consentLabel:
      'Tôi đã đọc và đồng ý cho Ban tổ chức xử lý dữ liệu cá nhân của tôi theo nội dung trên.',
    submit: 'Đăng ký',
    haveAccount: 'Đã có tài khoản?',
  },
  consent: {
    intro:
      'Theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định 356/2025/NĐ-CP, Ban tổ chức cần sự đồng ý rõ ràng của bạn trước khi xử lý dữ liệu cá nhân.',
    whatTitle: 'Dữ liệu được thu thập',
    what: 'Họ tên, email, mật khẩu (chỉ lưu dạng đã mã hóa), số điện thoại và đơn vị/trường nếu bạn cung cấp; sau này là thông tin bài dự thi, thành viên nhóm và tài liệu bạn tải lên.',
    whyTitle: 'Mục đích',
    why: 'Quản lý tài khoản và bài dự thi, liên hệ với bạn về cuộc thi, tổ chức chấm thi, công bố kết quả, trao giải và báo cáo tổng hợp cho cơ quan quản lý.',
    howLongTitle: 'Thời gian lưu trữ',
    howLong:
      'Trong thời gian diễn ra cuộc thi và tối đa 5 năm sau khi cuộc thi kết thúc để phục vụ lưu trữ tài liệu của chương trình, trừ khi bạn yêu cầu xóa sớm hơn trong phạm vi pháp luật cho phép.',
    rightsTitle: 'Quyền của bạn',
    rights:
      'Bạn có quyền được biết, đồng ý hoặc rút lại sự đồng ý, truy cập, chỉnh sửa, yêu cầu xóa, hạn chế xử lý, phản đối xử lý dữ liệu của mình, khiếu nại, tố cáo, khởi kiện và yêu cầu bồi thường theo quy định. Việc rút lại sự đồng ý không ảnh hưởng đến việc xử lý đã thực hiện trước đó.',
    rightsHow:
      'Sau khi đăng nhập, bạn tự tải về, chỉnh sửa hoặc xoá dữ liệu của mình tại trang "Dữ liệu cá nhân".',
  },
  checkEmail: {
    title: 'Kiểm tra hộp thư của bạn',
    body: 'Chúng tôi đã gửi một email kèm liên kết xác nhận đến địa chỉ bạn đăng ký. Hãy mở email và bấm vào liên kết để kích hoạt tài khoản.',
    spam: 'Không thấy email? Hãy kiểm tra thư mục Spam hoặc Quảng cáo; email có thể đến chậm vài phút.',
    signIn: 'Đến trang đăng nhập',
  },
  verify: {
    title: 'Xác nhận địa chỉ email',
    body: 'Bấm nút bên dưới để hoàn tất xác nhận địa chỉ email của bạn.',
    submit: 'Xác nhận email',
    doneTitle: 'Email đã được xác nhận',
    doneBody: 'Cảm ơn bạn! Tài khoản của bạn đã sẵn sàng.',
    failedTitle: 'Không thể xác nhận email',
    missingToken: 'Liên kết xác nhận không đầy đủ. Hãy mở lại liên kết trong email.',
  },
  login: {
    title: 'Đăng nhập',
    submit: 'Đăng nhập',
    forgot: 'Quên mật khẩu?',
    noAccount: 'Chưa có tài khoản?',
    signedOut: 'Bạn đã đăng xuất.',
  },
  forgot: {
    title: 'Quên mật khẩu',
    intro: 'Nhập email đã đăng ký, chúng tôi sẽ gửi liên kết để đặt lại mật khẩu.',
    submit: 'Gửi liên kết',
    sentTitle: 'Hãy kiểm tra hộp thư',
    sentBody:
      'Nếu địa chỉ này thuộc một tài khoản, chúng tôi đã gửi liên kết đặt lại mật khẩu. Liên kết chỉ dùng được một lần và có thời hạn.',
  },
  reset: {
    title: 'Đặt lại mật khẩu',
    intro: 'Chọn mật khẩu mới cho tài khoản của bạn.',
    submit: 'Đặt mật khẩu mới',
    doneTitle: 'Đã đặt lại mật khẩu',
    doneBody: 'Mật khẩu mới đã có hiệu lực; các phiên đăng nhập cũ đã bị đăng xuất.',
    failedTitle: 'Không thể đặt lại mật khẩu',
  },
  changePassword: {
    title: 'Đổi mật khẩu',
    submit: 'Đổi mật khẩu',
    done: 'Đã đổi mật khẩu. Các phiên đăng nhập khác đã bị đăng xuất.',
  },
  dashboard: {
    title: 'Trang của tôi',
    greeting: 'Xin chào, {{name}}',
    role: 'Vai trò: {{role}}',
    unverified:
      'Email của bạn chưa được xác nhận. Hãy mở email xác nhận chúng tôi đã gửi để có thể nộp bài dự thi.',
    entriesTitle: 'Bài dự thi của tôi',
    entriesEmpty: 'Bạn chưa có bài dự thi nào.',
    entriesIntro: 'Tạo, chỉnh sửa, nộp và theo dõi bài dự thi của bạn.',
    contestsLink: 'Xem các cuộc thi đang mở',
    queueTitle: 'Danh sách chấm thi',
    queueEmpty: 'Hiện chưa có bài dự thi nào được phân công cho bạn.',
    queueLeft: 'còn {{left}}/{{total}} bài dự thi cần chấm',
    queueCloses: 'hạn chấm {{closesAt}}',
    invitationsWaiting: 'Bạn có {{count}} lời mời làm giám khảo đang chờ trả lời.',
    invitationsNone: 'Không có lời mời nào đang chờ trả lời.',
    contestsTitle: 'Cuộc thi',
    judgesTitle: 'Giám khảo',
    judgesIntro:
      'Mời giám khảo, xem xung đột lợi ích và phân công chấm ở thẻ "Giám khảo" và trang vòng của từng cuộc thi.',
    accountTitle: 'Tài khoản',
  },
  roles: {
    applicant: 'Thí sinh',
    judge: 'Giám khảo',
    organizer: 'Ban tổ chức',
    admin: 'Quản trị viên',
  },
  errorPage: {
    title400: 'Yêu cầu không hợp lệ',
    title403: 'Không có quyền truy cập',
    title404: 'Không tìm thấy trang',
    title413: 'Nội dung gửi lên quá lớn',
    title429: 'Quá nhiều yêu cầu',
    title500: 'Đã xảy ra lỗi',
    title503: 'Dịch vụ tạm thời gián đoạn',
    body400: 'Yêu cầu của bạn không hợp lệ.',
    body403: 'Bạn không có quyền xem trang này.',
    body404: 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi.',
    body413: 'Biểu mẫu bạn gửi vượt quá dung lượng cho phép. Hãy rút ngắn nội dung rồi gửi lại.',
    body429: 'Bạn đã thử quá nhiều lần. Vui lòng đợi một lát rồi thử lại.',
    body500: 'Hệ thống gặp sự cố ngoài ý muốn. Vui lòng thử lại sau.',
    body503: 'Hệ thống đang tạm thời gián đoạn. Vui lòng thử lại sau ít phút.',
    errorId: 'Mã tham chiếu lỗi: {{id}}',
    backHome: 'Về trang chủ',
  },
  errors: {
    CSRF_FAILED:
      'Phiên biểu mẫu đã hết hạn hoặc không hợp lệ. Hãy tải lại trang và gửi lại biểu mẫu.',
    EMAIL_TAKEN: 'Email này đã được dùng cho một tài khoản khác.',
    WEAK_PASSWORD:
      'Mật khẩu quá yếu. Hãy dùng ít nhất {{min}} ký tự, không chứa email và tránh các mật khẩu phổ biến.',
    CONSENT_REQUIRED: 'Bạn cần đồng ý với việc xử lý dữ liệu cá nhân để đăng ký.',
    INVALID_CREDENTIALS: 'Email hoặc mật khẩu không đúng.',
    WRONG_CURRENT_PASSWORD: 'Mật khẩu hiện tại không đúng.',
    INVALID_TOKEN: 'Liên kết không hợp lệ hoặc đã được sử dụng.',
    TOKEN_EXPIRED: 'Liên kết đã hết hạn. Hãy yêu cầu một liên kết mới.',
    VALIDATION_FAILED: 'Thông tin chưa hợp lệ.',
    TOO_MANY_REQUESTS: 'Bạn đã thử quá nhiều lần. Vui lòng đợi một lát rồi thử lại.',
    EMAIL_NOT_VERIFIED: 'Bạn cần xác nhận địa chỉ email trước khi tạo hoặc nộp bài dự thi.',
    DEADLINE_PASSED: 'Đã hết hạn nộp bài dự thi của cuộc thi này.',
    CONTEST_NOT_OPEN: 'Cuộc thi hiện không nhận bài dự thi.',
    ENTRY_LOCKED: 'Bài dự thi ở trạng thái này không thể thay đổi.',
    ENTRY_INCOMPLETE: 'Bài dự thi chưa đủ các phần bắt buộc để nộp.',
    NOT_ELIGIBLE: 'Bài dự thi chưa đáp ứng điều kiện tham gia:',
    UNSUPPORTED_FILE_TYPE:
      'Loại tệp không được chấp nhận. Bài thuyết trình và kế hoạch kinh doanh phải là PDF; hình ảnh là PNG, JPG hoặc WEBP.',
    FILE_TOO_LARGE: 'Tệp quá lớn so với giới hạn cho phép.',
    EMPTY_FILE: 'Tệp rỗng. Hãy chọn lại tệp.',
    TOO_MANY_FILES: 'Bài dự thi đã đủ số tệp tối đa. Hãy xóa bớt trước khi tải thêm.',
    MALFORMED_UPLOAD: 'Không đọc được tệp gửi lên. Hãy chọn loại tài liệu và một tệp rồi thử lại.',
    PDF_NOT_ANONYMISABLE:
      'Tệp PDF này được mã hóa hoặc không đọc được, nên không xóa được tên tác giả và thông tin ẩn trước khi giao cho giám khảo chấm ẩn danh. Hãy liên hệ Ban tổ chức để nhận bản phù hợp.',
    LAST_ADMIN:
      'Đây là tài khoản quản trị viên duy nhất. Hãy chỉ định một quản trị viên khác trước khi xoá.',
    OWN_ADMIN_ROLE:
      'Bạn không thể tự bỏ vai trò quản trị viên của mình. Hãy nhờ một quản trị viên khác.',
    OPEN_ASSIGNMENTS:
      'Vẫn còn bài dự thi được phân công đang chờ bạn chấm. Hãy chấm xong hoặc đề nghị Ban tổ chức phân công lại trước khi xoá tài khoản.',
  },
  fieldErrors: fieldErrorCatalogue('vi'),
  ...entryPagesVi,
  ...organizerPagesVi,
  ...contestStatusPagesVi,
  ...judgingPagesVi,
  ...rankingPagesVi,
  ...advancementPagesVi,
  ...scoringPagesVi,
  ...assignmentPagesVi,
  ...membershipPagesVi,
  ...personalDataPagesVi,
  ...adminUsersPagesVi,
  ...statisticsPagesVi,
  ...galleryPagesVi,
  ...resultsPagesVi,
  ...awardsPagesVi,
  ...certificatePagesVi,
  ...memberResultsPagesVi,
  ...festivalPagesVi,
  ...checkInPagesVi,
  ...investorPagesVi,
  ...hallPagesVi,
  ...votePagesVi,
  ...livePagesVi,
};
