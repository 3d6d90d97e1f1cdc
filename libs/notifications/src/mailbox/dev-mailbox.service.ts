import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/platform';
import { AddressObject, simpleParser } from 'mailparser';

export interface MailboxEntry {
  /** The file name, the only handle a page gets (validated on every read). */
  id: string;
  time: Date;
  to: string;
  subject: string;
}

export interface MailboxMessage extends MailboxEntry {
  from: string;
  text: string;
}

const FILE_NAME = /^[\w.-]+\.eml$/;
const LIST_LIMIT = 200;

/** Reads the .eml files of the file transport (VAR_DIR/mail), for the development mailbox. */
@Injectable()
export class DevMailboxService {
  constructor(private readonly config: AppConfig) {}

  /** Newest first. */
  async list(): Promise<MailboxEntry[]> {
    const names = await readdir(this.config.mailDir).catch(() => [] as string[]);
    const files = await Promise.all(
      names
        .filter((name) => FILE_NAME.test(name))
        .map(async (name) => ({ name, time: (await stat(join(this.config.mailDir, name))).mtime })),
    );
    files.sort((a, b) => b.time.getTime() - a.time.getTime() || b.name.localeCompare(a.name));
    return Promise.all(
      files.slice(0, LIST_LIMIT).map(async ({ name, time }) => {
        const message = await this.read(name);
        return { id: name, time, to: message?.to ?? '', subject: message?.subject ?? '' };
      }),
    );
  }

  /** One message, or undefined for a name that is not a mail file of this mailbox. */
  async read(id: string): Promise<MailboxMessage | undefined> {
    if (!FILE_NAME.test(id)) return undefined;
    const path = join(this.config.mailDir, id);
    const [source, info] = await Promise.all([
      readFile(path, 'utf8').catch(() => undefined),
      stat(path).catch(() => undefined),
    ]);
    if (source === undefined || !info) return undefined;
    const mail = await simpleParser(source);
    return {
      id,
      time: info.mtime,
      from: mail.from?.text ?? '',
      to: addresses(mail.to),
      subject: mail.subject ?? '',
      text: mail.text ?? '',
    };
  }
}

function addresses(field: AddressObject | AddressObject[] | undefined): string {
  return ([] as AddressObject[])
    .concat(field ?? [])
    .map((a) => a.text)
    .join(', ');
}
