import { mkdirSync } from 'node:fs';
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import type { AppConfig } from '../config/app-config';

export interface OutgoingMail {
  messageId: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Files sent with the mail; one with a `cid` is shown inside the HTML (`<img src="cid:…">`). */
  attachments?: MailAttachment[];
}

export interface MailAttachment {
  filename: string;
  content: Buffer | string;
  contentType: string;
  /** Content-ID of an inline image. */
  cid?: string;
}

/** Why a send failed, as the outbox needs to know it: try again later, or never. */
export class MailSendError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): Promise<void>;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/**
 * SMTP through one pooled nodemailer transport per process. Short timeouts so a stuck
 * server does not hold a worker; `maxRequeues: 1` so a connection that drops after DATA
 * is not retried in a loop by the pool (the outbox row decides about retries).
 */
export class SmtpMailTransport implements MailTransport {
  private readonly transporter: Transporter;

  /** `connections`: one per mail the process sends at a time (MAIL_CONCURRENCY). */
  constructor(
    url: string,
    private readonly from: string,
    connections = 5,
  ) {
    const options: SMTPPool.Options & { url: string; maxRequeues: number } = {
      url,
      pool: true,
      maxConnections: connections,
      maxMessages: 500,
      maxRequeues: 1,
      connectionTimeout: 5000,
      greetingTimeout: 5000,
      socketTimeout: 15000,
      tls: { rejectUnauthorized: !/[?&]tls_insecure=1/.test(url) },
    };
    this.transporter = nodemailer.createTransport(options as SMTPPool.Options);
  }

  async send(mail: OutgoingMail): Promise<void> {
    try {
      await this.transporter.sendMail({
        from: this.from,
        to: mail.to,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        messageId: mail.messageId,
        attachments: mail.attachments,
      });
    } catch (error) {
      const e = error as { responseCode?: number; message?: string };
      const permanent = typeof e.responseCode === 'number' && e.responseCode >= 500;
      throw new MailSendError(e.message ?? String(error), permanent);
    }
  }

  async close(): Promise<void> {
    this.transporter.close();
  }
}

/** Without SMTP_URL: each mail becomes an .eml file under VAR_DIR/mail. */
export class FileMailTransport implements MailTransport {
  private readonly transporter: Transporter;

  constructor(
    private readonly dir: string,
    private readonly from: string,
  ) {
    mkdirSync(dir, { recursive: true });
    this.transporter = nodemailer.createTransport({
      streamTransport: true,
      buffer: true,
      newline: 'unix',
    });
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = await this.transporter.sendMail({
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      messageId: mail.messageId,
      attachments: mail.attachments,
    });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}_${fileSafe(mail.messageId)}.eml`;
    await writeFile(join(this.dir, name), info.message as Buffer);
  }

  async close(): Promise<void> {}
}

/** A message id as it appears in the name of its stored copy. */
function fileSafe(text: string): string {
  return text.replace(/[^\w.-]/g, '_');
}

/**
 * Deletes the stored copies (FileMailTransport's .eml files under `dir`) of messages, found
 * by the local part of their Message-ID (`<localPart@domain>`), so a later change of the
 * sender's domain cannot hide one. Returns how many were deleted.
 */
export async function deleteStoredMails(dir: string, localParts: string[]): Promise<number> {
  if (localParts.length === 0) return 0;
  const wanted = localParts.map((part) => `_${fileSafe(`<${part}@`)}`);
  const names = await readdir(dir).catch(() => [] as string[]);
  const doomed = names.filter(
    (name) => name.endsWith('.eml') && wanted.some((part) => name.includes(part)),
  );
  await Promise.all(doomed.map((name) => rm(join(dir, name), { force: true })));
  return doomed.length;
}

export function createMailTransport(config: AppConfig): MailTransport {
  return config.SMTP_URL
    ? new SmtpMailTransport(config.SMTP_URL, config.MAIL_FROM, config.MAIL_CONCURRENCY)
    : new FileMailTransport(config.mailDir, config.MAIL_FROM);
}
