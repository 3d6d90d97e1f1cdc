import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { testEnvironment } from '../support/environment';
import { OutboxDb, sqliteOutbox } from '../support/outbox-db';
import { RunningPortal, startPortal, waitFor } from '../support/portal';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';

/** The embedded profile: the portal delivers its own outbox, by SMTP or into .eml files. */
describe('mail in the embedded profile', () => {
  let portal: RunningPortal | undefined;
  let outbox: OutboxDb | undefined;
  let sink: SmtpSink | undefined;

  afterEach(async () => {
    await outbox?.close();
    await portal?.stop();
    await sink?.close();
    outbox = portal = sink = undefined;
  });

  it('delivers a pending outbox row through SMTP_URL, retrying a 4xx answer', async () => {
    sink = await startSmtpSink();
    sink.answerNext('temporary');
    portal = await startPortal(
      await testEnvironment('embedded', { SMTP_URL: sink.url, MAIL_RETRY_BASE_MS: '100' }),
    );
    outbox = await sqliteOutbox(portal.env.VAR_DIR);
    const [id] = await outbox.insert([
      { to: 'lan@example.test', template: 'verify-email', locale: 'en' },
    ]);

    const rows = await waitFor(async () => {
      const rows = await outbox!.rows();
      return rows[0]?.status === 'sent' && rows;
    }, 'the row to be sent');
    expect(rows[0]).toMatchObject({ id, attempts: 1 });
    expect(sink.dataAttempts()).toBe(2);
    expect(sink.messages).toHaveLength(1);
    expect(sink.messages[0].to).toEqual(['lan@example.test']);
    expect(sink.messages[0].raw).toContain('Subject: Confirm your e-mail address');
  });

  it('writes an .eml file without SMTP_URL and lists it at /dev/mailbox', async () => {
    portal = await startPortal(await testEnvironment('embedded'));
    outbox = await sqliteOutbox(portal.env.VAR_DIR);
    await outbox.insert([
      {
        to: 'binh@example.test',
        template: 'password-reset',
        data: { fullName: '<b>Bình</b>', link: 'http://portal.test/reset-password?token=t0k3n' },
      },
    ]);

    const mailDir = join(portal.env.VAR_DIR, 'mail');
    const [file] = await waitFor(async () => {
      const files = existsSync(mailDir)
        ? readdirSync(mailDir).filter((f) => f.endsWith('.eml'))
        : [];
      return files.length > 0 && files;
    }, 'an .eml file');

    const list = await request(portal.url).get('/dev/mailbox').expect(200);
    expect(list.headers['content-type']).toMatch(/^text\/html/);
    expect(list.text).toContain('binh@example.test');
    expect(list.text).toContain('Đặt lại mật khẩu');
    expect(list.text).toContain(`/dev/mailbox/${file}`);
    // Times read like everywhere else: "lúc 20:56, 04/12/2026", the ISO form only for machines.
    expect(list.text).toMatch(
      /<time datetime="[^"]+Z">lúc \d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}<\/time>/,
    );

    const message = await request(portal.url).get(`/dev/mailbox/${file}`).expect(200);
    expect(message.text).toContain('&lt;b&gt;Bình&lt;/b&gt;');
    expect(message.text).not.toContain('<b>Bình</b>');
    expect(message.text).toContain(
      '<a href="http://portal.test/reset-password?token=t0k3n">http://portal.test/reset-password?token=t0k3n</a>',
    );
    await request(portal.url).get('/dev/mailbox/..%2Fplatform.sqlite').expect(404);
  });
});
