import { describe, expect, it } from '@jest/globals';
import { inlineCid, MailAttachments, MailAttachmentUnavailable } from './mail-attachments';

describe('mail attachments', () => {
  const qr = { filename: 'pass-qr.png', content: Buffer.from('png'), contentType: 'image/png' };

  it('makes the files of each kind from the row, the inline one with its Content-ID', async () => {
    const attachments = new MailAttachments();
    attachments.register('festival-pass-qr', async (data) => [
      { ...qr, content: Buffer.from(String(data.token)) },
    ]);
    const [file] = await attachments.resolve(
      ['festival-pass-qr'],
      { token: 'T0KEN' },
      'vi',
      'festival-pass-qr',
    );
    expect(file).toMatchObject({ filename: 'pass-qr.png', cid: inlineCid('festival-pass-qr') });
    expect(file.content.toString()).toBe('T0KEN');
    const [plain] = await attachments.resolve(['festival-pass-qr'], { token: 'x' }, 'vi');
    expect(plain.cid).toBeUndefined();
  });

  it('refuses a kind no lib registered here, so the row is retried rather than sent bare', async () => {
    const attachments = new MailAttachments();
    await expect(
      attachments.resolve(['festival-session-calendar'], {}, 'en'),
    ).rejects.toBeInstanceOf(MailAttachmentUnavailable);
  });
});
