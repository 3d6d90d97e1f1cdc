import type { Catalogue, Locale } from '@app/platform';
import { ASSIGNMENT_MAIL_TEXTS } from './catalogue/assignments';
import { JUDGES_MAIL_TEXTS } from './catalogue/judges';
import { JUDGING_REMINDER_MAIL_TEXTS } from './catalogue/judging-reminders';
import { REMINDER_MAIL_TEXTS } from './catalogue/reminders';
import { SCREENING_MAIL_TEXTS } from './catalogue/screening';
import { SUBMISSION_MAIL_TEXTS } from './catalogue/submission';
import { ROUND_DECISION_MAIL_TEXTS } from './catalogue/round-decision';
import { MEMBERSHIP_MAIL_TEXTS } from './catalogue/membership';
import { CONTEST_STATUS_MAIL_TEXTS } from './catalogue/contest-status';
import { RESULTS_MAIL_TEXTS } from './catalogue/results';
import { FESTIVAL_CHECK_IN_MAIL_TEXTS } from './catalogue/festival-check-in';
import { FESTIVAL_INVESTOR_MAIL_TEXTS } from './catalogue/festival-investors';

/** Namespace of the mail texts on the platform Translator. */
export const MAIL_NAMESPACE = 'mail';

/**
 * Subjects and texts of every mail, in Vietnamese and English. Placeholders are filled
 * unescaped here: the HTML template escapes every value on output.
 */
export const MAIL_CATALOGUE: Record<Locale, Catalogue> = {
  vi: {
    ...SCREENING_MAIL_TEXTS.vi,
    ...REMINDER_MAIL_TEXTS.vi,
    ...JUDGING_REMINDER_MAIL_TEXTS.vi,
    ...SUBMISSION_MAIL_TEXTS.vi,
    ...ROUND_DECISION_MAIL_TEXTS.vi,
    ...JUDGES_MAIL_TEXTS.vi,
    ...ASSIGNMENT_MAIL_TEXTS.vi,
    ...MEMBERSHIP_MAIL_TEXTS.vi,
    ...CONTEST_STATUS_MAIL_TEXTS.vi,
    ...RESULTS_MAIL_TEXTS.vi,
    ...FESTIVAL_CHECK_IN_MAIL_TEXTS.vi,
    ...FESTIVAL_INVESTOR_MAIL_TEXTS.vi,
    common: {
      greeting: 'Xin chào {{fullName}},',
      greetingFormal: 'Kính gửi {{honorific}} {{fullName}},',
      greetingFormalPlain: 'Kính gửi Ông/Bà {{fullName}},',
      signature: 'Ban tổ chức Cuộc thi Khởi nghiệp Đổi mới sáng tạo',
      ignore: 'Nếu bạn không thực hiện yêu cầu này, hãy bỏ qua thư này.',
      automatic: 'Đây là thư tự động, vui lòng không trả lời.',
    },
    'verify-email': {
      subject: 'Xác nhận địa chỉ email của bạn',
      intro: 'Cảm ơn bạn đã đăng ký. Hãy xác nhận địa chỉ email để kích hoạt tài khoản.',
      action: 'Xác nhận email',
      expiry: 'Liên kết có hiệu lực trong 72 giờ.',
    },
    'password-reset': {
      subject: 'Đặt lại mật khẩu',
      intro: 'Chúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản của bạn.',
      action: 'Đặt lại mật khẩu',
      expiry: 'Liên kết chỉ dùng được một lần và có hiệu lực trong 1 giờ.',
    },
    'password-changed': {
      subject: 'Mật khẩu của bạn đã được thay đổi',
      intro: 'Mật khẩu tài khoản của bạn đã được thay đổi {{time}}.',
      warning: 'Nếu không phải bạn thay đổi, hãy đặt lại mật khẩu ngay và liên hệ Ban tổ chức.',
    },
    welcome: {
      subject: 'Chào mừng bạn đến với Cuộc thi Khởi nghiệp',
      intro: 'Tài khoản của bạn đã sẵn sàng. Bạn có thể đăng nhập để tham gia các cuộc thi.',
      action: 'Đăng nhập',
    },
  },
  en: {
    ...SCREENING_MAIL_TEXTS.en,
    ...REMINDER_MAIL_TEXTS.en,
    ...JUDGING_REMINDER_MAIL_TEXTS.en,
    ...SUBMISSION_MAIL_TEXTS.en,
    ...ROUND_DECISION_MAIL_TEXTS.en,
    ...JUDGES_MAIL_TEXTS.en,
    ...ASSIGNMENT_MAIL_TEXTS.en,
    ...MEMBERSHIP_MAIL_TEXTS.en,
    ...CONTEST_STATUS_MAIL_TEXTS.en,
    ...RESULTS_MAIL_TEXTS.en,
    ...FESTIVAL_CHECK_IN_MAIL_TEXTS.en,
    ...FESTIVAL_INVESTOR_MAIL_TEXTS.en,
    common: {
      greeting: 'Hello {{fullName}},',
      greetingFormal: 'Dear {{honorific}} {{fullName}},',
      greetingFormalPlain: 'Dear {{fullName}},',
      signature: 'The Innovation Startup Competition organisers',
      ignore: 'If you did not make this request, you can ignore this message.',
      automatic: 'This is an automatic message; please do not reply.',
    },
    'verify-email': {
      subject: 'Confirm your e-mail address',
      intro:
        'Thank you for registering. Please confirm your e-mail address to activate your account.',
      action: 'Confirm e-mail',
      expiry: 'The link is valid for 72 hours.',
    },
    'password-reset': {
      subject: 'Reset your password',
      intro: 'We received a request to reset the password of your account.',
      action: 'Reset password',
      expiry: 'The link can be used once and is valid for 1 hour.',
    },
    'password-changed': {
      subject: 'Your password was changed',
      intro: 'The password of your account was changed at {{time}}.',
      warning: 'If you did not change it, reset your password at once and contact the organisers.',
    },
    welcome: {
      subject: 'Welcome to the Startup Competition',
      intro: 'Your account is ready. Sign in to take part in the contests.',
      action: 'Sign in',
    },
  },
};
