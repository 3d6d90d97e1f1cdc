import type { EntityManager } from 'typeorm';
import { LOCALES } from '@app/platform';
import type { OutboxService } from '../outbox/outbox.service';
import { MailRenderer } from './mail-renderer.service';
import { MAIL_TEMPLATE_NAMES, MAIL_TEMPLATES, MailTemplate, MailTemplates } from './mail.templates';

const portal = 'https://portal.test';
const person = { fullName: 'Nguyễn Thị Lan' };
const meeting = {
  ...person,
  investorName: 'Trần Văn Bình',
  organisation: 'Quỹ Khởi nghiệp Quảng Ngãi',
  entryTitle: 'Nông sản sạch Quảng Ngãi',
  when: '20/12/2026 14:00–14:20, Bàn 3',
};
const entry = {
  code: 'QNG5-0042',
  title: 'Nông sản sạch Quảng Ngãi',
  contestName: 'Cuộc thi lần 5',
};

/**
 * One representative data set per template. Typed by template, so a template added to
 * MailTemplates without a sample here does not compile.
 */
const SAMPLES: { [T in MailTemplate]: MailTemplates[T] } = {
  'verify-email': { ...person, link: `${portal}/verify-email?token=v1` },
  'password-reset': { ...person, link: `${portal}/reset-password?token=r1` },
  'password-changed': { ...person, time: '2026-11-26T03:00:00.000Z' },
  welcome: { ...person, link: `${portal}/login` },
  'entry-eligible': { ...person, ...entry },
  'entry-ineligible': { ...person, ...entry, reason: 'Thiếu kế hoạch kinh doanh' },
  'deadline-reminder': {
    ...person,
    contestName: entry.contestName,
    entryTitle: entry.title,
    entryCode: entry.code,
    deadline: '2026-12-01T16:59:00.000Z',
    link: `${portal}/entries/e1`,
  },
  'judging-reminder': {
    ...person,
    honorific: 'PGS.TS.',
    contestName: entry.contestName,
    roundName: 'Vòng sơ khảo',
    unscored: '7',
    closesAt: '2026-12-10T10:00:00.000Z',
    link: `${portal}/judging/queue`,
  },
  'entry-receipt': {
    ...person,
    ...entry,
    submittedAt: '2026-11-30T08:15:00.000Z',
    link: `${portal}/entries/e1`,
  },
  'entry-withdrawn': { ...person, ...entry },
  'judging-assignments-digest': {
    ...person,
    honorific: 'PGS.TS.',
    count: 12,
    contestName: entry.contestName,
    roundName: 'Vòng chung khảo',
    link: `${portal}/judging/queue`,
  },
  'judge-invitation': {
    ...person,
    honorific: 'PGS.TS.',
    contestName: entry.contestName,
    link: `${portal}/judging/invitations/j1`,
  },
  'judge-invitation-new': {
    ...person,
    honorific: 'PGS.TS.',
    contestName: entry.contestName,
    link: `${portal}/set-password?token=s1&invitation=j1`,
  },
  'round-advanced': {
    ...person,
    ...entry,
    roundName: 'Vòng sơ khảo',
    comments: 'Nhận xét 1: Thị trường rõ ràng',
  },
  'round-not-advanced': {
    ...person,
    ...entry,
    roundName: 'Vòng sơ khảo',
    comments: 'Nhận xét 1: Cần số liệu tài chính',
  },
  'team-membership': {
    ...person,
    leaderName: 'Trần Văn Bình',
    ...entry,
    link: `${portal}/membership?token=m1`,
    declineLink: `${portal}/membership?token=m1&answer=decline`,
    expiresAt: '2026-12-18T03:00:00.000Z',
  },
  'contest-closed-early': {
    ...person,
    ...entry,
    deadline: '2027-03-31T16:59:00.000Z',
    closedAt: '2026-11-30T02:00:00.000Z',
  },
  'contest-reopened': {
    ...person,
    ...entry,
    deadline: '2027-03-31T16:59:00.000Z',
    link: `${portal}/entries/e1`,
  },
  'results-prize': {
    ...person,
    ...entry,
    prizeName: 'Giải Nhất',
    link: `${portal}/results/qng-5`,
    certificatesLink: `${portal}/entries/e1/certificates`,
  },
  'results-finalist': {
    ...person,
    ...entry,
    link: `${portal}/results/qng-5`,
    certificatesLink: `${portal}/entries/e1/certificates`,
  },
  'results-advanced': {
    ...person,
    ...entry,
    roundName: 'Vòng bán kết',
    link: `${portal}/results/qng-5`,
  },
  'results-not-advanced': { ...person, ...entry, link: `${portal}/results/qng-5` },
  'results-ineligible': { ...person, ...entry, link: `${portal}/results/qng-5` },
  'results-correction': {
    ...person,
    ...entry,
    outcome: 'Giải Nhì',
    link: `${portal}/results/qng-5`,
  },
  'festival-pass': {
    ...person,
    festivalName: 'Ngày hội khởi nghiệp 2026',
    day: '20/12/2026',
    venue: 'Trung tâm Hội nghị tỉnh',
    shortCode: 'K7MQ2XPA',
    link: `${portal}/festival/passes/abc`,
    token: 'abc',
  },
  'festival-guest-promoted': {
    ...person,
    festivalName: 'Ngày hội khởi nghiệp 2026',
    sessionTitle: 'Tọa đàm: vốn cho khởi nghiệp',
    times: '09:45–11:00',
    link: `${portal}/festival/passes/abc`,
  },
  'festival-programme': {
    ...person,
    festivalName: 'Ngày hội khởi nghiệp 2026',
    day: '20/12/2026',
    venue: 'Trung tâm Hội nghị tỉnh',
    link: `${portal}/contests/qng-5/festival`,
    contestId: '5b1d1f0e-8a52-4c7e-9d8e-2f0a3c4b5d6e',
    sessionIds: '',
  },
  'festival-session-changed': {
    ...person,
    festivalName: 'Ngày hội khởi nghiệp 2026',
    sessionTitle: 'Tọa đàm: vốn cho khởi nghiệp',
    day: '20/12/2026',
    times: '10:00–11:15',
    place: 'Phòng 2, Trung tâm Hội nghị tỉnh',
    link: `${portal}/contests/qng-5/festival`,
    contestId: '5b1d1f0e-8a52-4c7e-9d8e-2f0a3c4b5d6e',
    sessionId: 'a2c8c1c4-1111-4a4a-9b9b-000000000002',
  },
  'festival-day-changed': {
    ...person,
    festivalName: 'Ngày hội khởi nghiệp 2026',
    day: '27/12/2026',
    venue: 'Nhà Văn hóa tỉnh',
    link: `${portal}/contests/qng-5/festival`,
    contestId: '5b1d1f0e-8a52-4c7e-9d8e-2f0a3c4b5d6e',
    sessionIds: 'a2c8c1c4-1111-4a4a-9b9b-000000000002',
  },
  'festival-session-cancelled': {
    ...person,
    festivalName: 'Ngày hội khởi nghiệp 2026',
    sessionTitle: 'Tọa đàm: vốn cho khởi nghiệp',
    day: '20/12/2026',
    times: '10:00–11:15',
    place: 'Phòng 2, Trung tâm Hội nghị tỉnh',
    link: `${portal}/contests/qng-5/festival`,
    sessionId: 'a2c8c1c4-1111-4a4a-9b9b-000000000002',
    sequence: 2,
    startsAt: '2026-12-20T03:00:00.000Z',
    endsAt: '2026-12-20T04:15:00.000Z',
  },
  'investor-approved': {
    ...person,
    organisation: 'Quỹ Khởi nghiệp Quảng Ngãi',
    link: `${portal}/contests`,
  },
  'investor-refused': {
    ...person,
    organisation: 'Quỹ Khởi nghiệp Quảng Ngãi',
  },
  'meeting-requested': {
    ...meeting,
    message: 'Quỹ quan tâm đến mô hình của nhóm.',
    link: `${portal}/me/meetings`,
  },
  'meeting-accepted': { ...meeting, link: `${portal}/api/v1/festival/meetings/calendar/abc` },
  'meeting-accepted-later': { ...meeting, when: 'Gặp tại văn phòng quỹ trong tháng 1/2027' },
  'meeting-declined': meeting,
};

/** How nunjucks' autoescape writes a value into the HTML part. */
function escaped(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const UNRENDERED = /\{\{|\}\}|\{%|%\}|undefined|\[object /;

describe('mail templates', () => {
  const renderer = new MailRenderer();

  it('lists every template once, as the layouts do', () => {
    expect(new Set(MAIL_TEMPLATE_NAMES).size).toBe(MAIL_TEMPLATE_NAMES.length);
    expect([...MAIL_TEMPLATE_NAMES].sort()).toEqual(Object.keys(MAIL_TEMPLATES).sort());
  });

  describe.each(MAIL_TEMPLATE_NAMES)('%s', (template) => {
    const spec = MAIL_TEMPLATES[template];
    const data: Record<string, string | number | null> = SAMPLES[template];
    const times: readonly string[] = 'timeFields' in spec ? spec.timeFields : [];
    const references: readonly string[] = 'attachmentFields' in spec ? spec.attachmentFields : [];

    it.each(LOCALES)('renders in %s with every value of its data', (locale) => {
      const mail = renderer.render(template, locale, SAMPLES[template]);
      expect(mail.subject.trim()).not.toBe('');
      expect(mail.text.trim()).not.toBe('');
      expect(mail.html).toContain(`lang="${locale}"`);
      for (const part of [mail.subject, mail.text, mail.html]) {
        expect(part).not.toMatch(UNRENDERED);
        // A key the catalogue lacks comes back as the key itself.
        expect(part).not.toContain(`${template}.`);
        expect(part).not.toContain('common.');
      }
      expect(mail.text).toContain(person.fullName);
      for (const [field, value] of Object.entries(data)) {
        if (value === null) continue;
        // What an attachment is made from (ids, the QR's token) is not a text of the mail.
        if (references.includes(field)) continue;
        // English writes the Vietnamese title its own way (greeting test below).
        if (field === 'honorific' && locale === 'en') continue;
        if (times.includes(field)) {
          expect(mail.text).not.toContain(String(value));
          expect(mail.text).toContain('(GMT+7)');
          continue;
        }
        expect(mail.text).toContain(String(value));
        expect(mail.html).toContain(escaped(String(value)));
      }
    });

    it('says it differently in Vietnamese and English', () => {
      const vi = renderer.render(template, 'vi', SAMPLES[template]);
      const en = renderer.render(template, 'en', SAMPLES[template]);
      expect(vi.text).not.toBe(en.text);
      if ('formal' in spec) {
        expect(vi.text).toContain(`Kính gửi PGS.TS. ${person.fullName},`);
        expect(en.text).toContain(`Dear Assoc. Prof. ${person.fullName},`);
      } else {
        expect(vi.text).toContain(`Xin chào ${person.fullName},`);
        expect(en.text).toContain(`Hello ${person.fullName},`);
      }
    });
  });

  it('shows the pass QR code inline, by its Content-ID, with a text alternative', () => {
    for (const locale of LOCALES) {
      const mail = renderer.render('festival-pass', locale, SAMPLES['festival-pass']);
      expect(mail.html).toMatch(/<img src="cid:festival-pass-qr@mail" alt="[^"]+"/);
    }
    expect(renderer.render('welcome', 'vi', SAMPLES.welcome).html).not.toContain('<img');
  });

  it('addresses a judge without a title formally too, and keeps a title English does not know', () => {
    const sample = SAMPLES['judge-invitation'];
    const plain = { ...sample, honorific: null };
    expect(renderer.render('judge-invitation', 'vi', plain).text).toContain(
      `Kính gửi Ông/Bà ${person.fullName},`,
    );
    expect(renderer.render('judge-invitation', 'en', plain).text).toContain(
      `Dear ${person.fullName},`,
    );
    expect(
      renderer.render('judge-invitation', 'en', { ...sample, honorific: 'Dr.' }).text,
    ).toContain(`Dear Dr. ${person.fullName},`);
  });

  it('leaves out the paragraph of an optional field that is absent', () => {
    for (const template of ['round-advanced', 'round-not-advanced'] as const) {
      const sample = SAMPLES[template];
      for (const locale of LOCALES) {
        const mail = renderer.render(template, locale, { ...sample, comments: null });
        expect(mail.text).not.toContain(sample.comments);
        expect(mail.text).not.toMatch(UNRENDERED);
      }
    }
  });

  it('refuses, when the mail is written, a name or data the template does not have', () => {
    // Never run: tsc fails on this file if either call stops being a type error.
    const write = (outbox: OutboxService, manager: EntityManager) => {
      const row = { dedupeKey: 'k', recipientEmail: 'a@example.test', locale: 'vi' as const };
      // @ts-expect-error no such template
      void outbox.enqueue(manager, { ...row, template: 'no-such-mail', data: person });
      // @ts-expect-error the welcome mail needs a link
      void outbox.enqueue(manager, { ...row, template: 'welcome', data: person });
      // @ts-expect-error a name chosen at run time is checked against its own data
      void outbox.enqueue(manager, {
        ...row,
        template: Math.random() < 0.5 ? 'round-advanced' : 'welcome',
        data: SAMPLES['round-advanced'],
      });
    };
    expect(write).toBeInstanceOf(Function);
  });
});
