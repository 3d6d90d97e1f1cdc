import nodemailer from 'nodemailer';
import { parseEml } from './eml-parser';

async function compose(mail: { subject: string; text: string; html: string }): Promise<string> {
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  });
  const info = await transport.sendMail({
    from: 'Cuộc thi <no-reply@example.test>',
    to: 'lan@example.test',
    messageId: '<row-1@example.test>',
    ...mail,
  });
  return (info.message as Buffer).toString('utf8');
}

describe('parseEml', () => {
  it('reads headers and both parts of what the file transport writes', async () => {
    const text = `Xin chào Ngô Thị Lan,\n\nXác nhận: https://portal.test/verify-email?token=${'a'.repeat(90)}\n`;
    const source = await compose({
      subject: 'Xác nhận địa chỉ e-mail của bạn — một tiêu đề dài để gấp dòng tiêu đề thư',
      text,
      html: '<p>Xin chào &lt;script&gt;</p>',
    });
    const mail = parseEml(source);
    expect(mail.headers.to).toBe('lan@example.test');
    expect(mail.headers.subject).toBe(
      'Xác nhận địa chỉ e-mail của bạn — một tiêu đề dài để gấp dòng tiêu đề thư',
    );
    expect(mail.text).toBe(text);
    expect(mail.html).toBe('<p>Xin chào &lt;script&gt;</p>');
  });

  it('reads a plain single-part message', () => {
    const mail = parseEml('To: a@b.test\r\nSubject: Hi\r\n\r\nbody\r\n');
    expect(mail).toEqual({ headers: { to: 'a@b.test', subject: 'Hi' }, text: 'body' });
  });
});
