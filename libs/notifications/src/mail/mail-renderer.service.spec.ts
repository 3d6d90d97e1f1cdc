import { MailRenderer, MailTemplateError } from './mail-renderer.service';

describe('MailRenderer', () => {
  const renderer = new MailRenderer();
  const link = 'https://portal.test/verify-email?token=abc&x=1';

  it('escapes markup in user values in the HTML part and keeps the text part readable', () => {
    const mail = renderer.render('verify-email', 'vi', {
      fullName: '<script>alert(1)</script> Ngô "Bảo"',
      link,
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('href="https://portal.test/verify-email?token=abc&amp;x=1"');
    expect(mail.text).toContain('<script>alert(1)</script> Ngô "Bảo"');
    expect(mail.text).toContain(link);
  });

  // Every template in both languages: mail.templates.spec.ts.
  it('takes the subject from the catalogue of the locale', () => {
    const data = { fullName: 'Lan', link };
    expect(renderer.render('verify-email', 'vi', data).subject).toBe(
      'Xác nhận địa chỉ email của bạn',
    );
    expect(renderer.render('verify-email', 'en', data).subject).toBe('Confirm your e-mail address');
  });

  it('shows times in Asia/Ho_Chi_Minh, written the way the pages write them', () => {
    const data = { fullName: 'Lan', time: '2026-11-26T03:00:00Z' };
    expect(renderer.render('password-changed', 'en', data).text).toContain(
      'changed at 10:00, 26/11/2026 (GMT+7).',
    );
    expect(renderer.render('password-changed', 'vi', data).text).toContain(
      'đã được thay đổi lúc 10:00, 26/11/2026 (GMT+7).',
    );
  });

  it('falls back to Vietnamese for an unknown locale', () => {
    expect(renderer.render('welcome', 'fr', { fullName: 'A', link }).html).toContain('lang="vi"');
  });

  it('refuses an unknown template, missing data and non-http links', () => {
    expect(() => renderer.render('no-such-mail', 'vi', {})).toThrow(MailTemplateError);
    expect(() => renderer.render('welcome', 'vi', { fullName: 'A' })).toThrow(/link/);
    expect(() =>
      renderer.render('welcome', 'vi', { fullName: 'A', link: 'javascript:alert(1)' }),
    ).toThrow(MailTemplateError);
  });

  it('asks a listed team member to confirm or decline, with both links, in both languages', () => {
    const data = {
      fullName: 'Bình',
      leaderName: '<b>Lan</b>',
      title: 'Nông sản "sạch"',
      code: 'QNG5-0001',
      contestName: 'Cuộc thi lần 5',
      link: 'https://portal.test/membership?token=abc',
      declineLink: 'https://portal.test/membership?token=abc&answer=decline',
      expiresAt: '2026-12-18T03:00:00Z',
    };
    const vi = renderer.render('team-membership', 'vi', data);
    const en = renderer.render('team-membership', 'en', data);
    expect(vi.subject).toBe('Xác nhận tham gia đội thi: Cuộc thi lần 5');
    expect(en.subject).toBe('Confirm your place on a team: Cuộc thi lần 5');
    for (const mail of [vi, en]) {
      expect(mail.text).toContain(data.link);
      expect(mail.text).toContain(data.declineLink);
      expect(mail.text).toContain('10:00');
      expect(mail.html).not.toContain('<b>Lan</b>');
      expect(mail.html).toContain('&lt;b&gt;Lan&lt;/b&gt;');
    }
  });
});
