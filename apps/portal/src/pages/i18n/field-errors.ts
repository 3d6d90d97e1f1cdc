import type { FieldError, FieldErrorCode, Locale } from '@app/platform';
import type { Message } from '../contests/contest-view';

/**
 * The one table of field-error messages of the pages: every code a lib or the validation
 * pipe can give a field (FieldErrorCode) in both languages. Pages show the message of an
 * error's code, never the English text a lib wrote for developers, so rewording a lib's
 * message changes nothing on a page. `{{member}}` (the row, from 1) and `{{limit}}` come
 * from the error's details. The compiler checks that no code is left out.
 */
export const FIELD_ERROR_MESSAGES: Record<FieldErrorCode, Record<Locale, string>> = {
  required: { vi: 'Vui lòng nhập thông tin này.', en: 'Please fill this in.' },
  tooLong: { vi: 'Nội dung quá dài.', en: 'This is too long.' },
  tooShort: { vi: 'Nội dung quá ngắn.', en: 'This is too short.' },
  notEmail: { vi: 'Địa chỉ email không hợp lệ.', en: 'This is not a valid e-mail address.' },
  notUrl: {
    vi: 'Đường dẫn phải bắt đầu bằng http:// hoặc https://.',
    en: 'The link must start with http:// or https://.',
  },
  notDate: { vi: 'Ngày không hợp lệ.', en: 'This date is not valid.' },
  notNumber: { vi: 'Hãy nhập một số.', en: 'Enter a number.' },
  notInteger: { vi: 'Hãy nhập một số nguyên.', en: 'Enter a whole number.' },
  outOfRange: {
    vi: 'Giá trị nằm ngoài khoảng cho phép.',
    en: 'The value is outside the allowed range.',
  },
  notChoice: { vi: 'Hãy chọn một trong các phương án.', en: 'Choose one of the options.' },
  notFormat: { vi: 'Giá trị không đúng định dạng.', en: 'This is not in the expected format.' },
  duplicate: { vi: 'Các mã không được trùng nhau.', en: 'Keys must not repeat.' },
  tooFew: { vi: 'Cần thêm ít nhất một mục.', en: 'Add at least one item.' },
  tooMany: { vi: 'Danh sách có quá nhiều mục.', en: 'The list has too many items.' },
  unknownField: {
    vi: 'Biểu mẫu có mục không được chấp nhận. Hãy tải lại trang.',
    en: 'The form has a field that is not accepted. Reload the page.',
  },
  invalid: { vi: 'Giá trị không hợp lệ.', en: 'This value is not valid.' },
  notPhone: { vi: 'Số điện thoại không hợp lệ.', en: 'This is not a valid phone number.' },
  consentRequired: {
    vi: 'Bạn cần đánh dấu ô đồng ý để tiếp tục.',
    en: 'Tick the consent box to continue.',
  },
  mismatch: { vi: 'Hai mật khẩu không khớp nhau.', en: 'The two passwords do not match.' },
  duplicateEmail: {
    vi: 'Email này đã có ở một thành viên khác trong nhóm.',
    en: 'Another member of the team has this e-mail.',
  },
  leaderRule: {
    vi: 'Trưởng nhóm phải là người đứng tên tài khoản.',
    en: 'The team leader must be the account holder.',
  },
  dateOrder: {
    vi: 'Thời điểm kết thúc phải sau thời điểm bắt đầu.',
    en: 'The end must be after the start.',
  },
  minAboveMax: {
    vi: 'Giá trị tối thiểu không được lớn hơn giá trị tối đa.',
    en: 'The minimum must not be above the maximum.',
  },
  windowsRequired: {
    vi: 'Cần đặt ngày mở đăng ký và hạn nộp trước khi mở cuộc thi.',
    en: 'Set the registration opening and the deadline before opening the contest.',
  },
  noCategory: {
    vi: 'Cần ít nhất một bảng trước khi mở cuộc thi.',
    en: 'Add at least one category before opening the contest.',
  },
  noCriterion: { vi: 'Cần ít nhất một tiêu chí chấm.', en: 'At least one criterion is needed.' },
  choiceOptions: {
    vi: 'Câu hỏi lựa chọn cần từ 2 đến 50 lựa chọn; các kiểu khác không có lựa chọn.',
    en: 'A choice question needs 2 to 50 options; other kinds have none.',
  },
  notJudge: {
    vi: 'Người này chưa là giám khảo đã nhận lời của cuộc thi.',
    en: 'This person is not an accepted judge of the contest.',
  },
  notInContest: {
    vi: 'Bài dự thi này không thuộc cuộc thi.',
    en: 'This entry is not part of the contest.',
  },
  publicMailDomain: {
    vi: 'Không dùng được tên miền thư công cộng (như gmail.com): nó trùng với quá nhiều người.',
    en: 'A public mail provider (such as gmail.com) cannot be used: too many people share it.',
  },
  staleVersion: {
    vi: 'Người khác vừa thay đổi mục này. Hãy tải lại trang rồi sửa lại.',
    en: 'Someone else has just changed this. Reload the page and make your change again.',
  },
  tooSoon: {
    vi: 'Thư vừa được gửi. Hãy thử lại sau ít phút.',
    en: 'A mail was sent a moment ago. Try again in a few minutes.',
  },
  wrongPassword: { vi: 'Mật khẩu không đúng.', en: 'The password is not correct.' },
  weakPassword: {
    vi: 'Mật khẩu quá yếu: hãy dùng mật khẩu dài hơn, không chứa email và không phổ biến.',
    en: 'This password is too weak: use a longer one, without your e-mail, that is not common.',
  },
  APPLICANT_TYPE_NOT_ALLOWED: {
    vi: 'Bảng này không dành cho đối tượng dự thi đã chọn.',
    en: 'This category is not open to the chosen applicant type.',
  },
  DATE_OF_BIRTH_MISSING: {
    vi: 'Thành viên {{member}}: cần nhập ngày sinh.',
    en: 'Member {{member}}: enter a date of birth.',
  },
  AGE_BELOW_MIN: {
    vi: 'Thành viên {{member}}: chưa đủ {{limit}} tuổi tính đến hạn nộp.',
    en: 'Member {{member}}: younger than {{limit}} at the deadline.',
  },
  AGE_ABOVE_MAX: {
    vi: 'Thành viên {{member}}: quá {{limit}} tuổi tính đến hạn nộp.',
    en: 'Member {{member}}: older than {{limit}} at the deadline.',
  },
  TEAM_TOO_SMALL: {
    vi: 'Nhóm cần ít nhất {{limit}} người.',
    en: 'The team needs at least {{limit}} people.',
  },
  TEAM_TOO_LARGE: {
    vi: 'Nhóm chỉ được tối đa {{limit}} người.',
    en: 'The team may have at most {{limit}} people.',
  },
  BUSINESS_REGISTRATION_MISSING: {
    vi: 'Cần nhập ngày đăng ký kinh doanh.',
    en: 'Enter the business registration date.',
  },
  STARTUP_TOO_OLD: {
    vi: 'Doanh nghiệp đã thành lập quá {{limit}} năm tính đến hạn nộp.',
    en: 'The business was registered more than {{limit}} years before the deadline.',
  },
  ORGANIZATION_MISSING: {
    vi: 'Thành viên {{member}}: cần ghi trường hoặc đơn vị.',
    en: 'Member {{member}}: name a school or organisation.',
  },
  ALREADY_IN_ANOTHER_ENTRY: {
    vi: 'Thành viên {{member}} đã tham gia một bài dự thi khác của cuộc thi này.',
    en: 'Member {{member}} is already on another entry of this contest.',
  },
  MEMBER_NOT_CONFIRMED: {
    vi: 'Thành viên {{member}} chưa xác nhận tham gia đội; cuộc thi yêu cầu mọi thành viên xác nhận trước khi nộp.',
    en: 'Member {{member}} has not confirmed their place; the contest requires every member to confirm before submission.',
  },
  MEMBER_DECLINED: {
    vi: 'Thành viên {{member}} đã từ chối tham gia đội: hãy xóa khỏi danh sách hoặc gửi lại thư xác nhận.',
    en: 'Member {{member}} declined a place on the team: remove them from the list or send the mail again.',
  },
};

/** The table as the `fieldErrors` section of a page catalogue. */
export function fieldErrorCatalogue(locale: Locale): Record<string, string> {
  return Object.fromEntries(
    Object.entries(FIELD_ERROR_MESSAGES).map(([code, text]) => [code, text[locale]]),
  );
}

/** The catalogue key of a code's message (for forms whose errors are bare keys). */
export const fieldErrorKey = (code: FieldErrorCode): string => `fieldErrors.${code}`;

/** Extra facts some field errors carry (eligibility reasons), used in their messages. */
type Detail = Pick<FieldError, 'code'> & { memberIndex?: number; limit?: number };

/** The message a page shows for a field error: its code's entry in the table, with its facts. */
export function fieldErrorMessage(error: Detail): Message {
  return {
    key: fieldErrorKey(error.code),
    vars: {
      limit: error.limit ?? '',
      member: error.memberIndex === undefined ? '' : error.memberIndex + 1,
    },
  };
}

/** Each field's message, keyed by the field path the lib gave (`members[1].email`). */
export function fieldMessages(
  errors: readonly (Detail & { field: string })[],
): Record<string, Message> {
  return Object.fromEntries(errors.map((e) => [e.field, fieldErrorMessage(e)]));
}
