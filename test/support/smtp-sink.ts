import type { Socket } from 'node:net';
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort, waitFor } from './portal';

export interface ReceivedMail {
  messageId: string;
  to: string[];
  raw: string;
}

/** What the sink answers to a DATA command. */
export type SinkAnswer = 'accept' | 'temporary' | 'permanent' | 'drop';

export interface SmtpSink {
  port: number;
  url: string;
  /** Messages the sink accepted (answered 250), in order. */
  messages: ReceivedMail[];
  /** Every DATA the sink read to the end, whatever it answered (for one recipient if given). */
  dataAttempts(to?: string): number;
  /** Answers the next `times` DATA commands this way, then accepts again. */
  answerNext(answer: SinkAnswer, times?: number): void;
  /** Answers every DATA this way from now on. */
  answerAlways(answer: SinkAnswer): void;
  close(): Promise<void>;
}

/**
 * A throw-away SMTP server on a spare port that records what it receives and can be told
 * to fail: 451 (temporary), 550 (permanent), or drop the connection after DATA without
 * an answer (the case where the client cannot know whether the mail went out).
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const port = await freePort();
  const messages: ReceivedMail[] = [];
  const script: SinkAnswer[] = [];
  const sockets = new Map<number, Socket>();
  let always: SinkAnswer | undefined;
  const attempts: string[][] = [];

  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        attempts.push(session.envelope.rcptTo.map((rcpt) => rcpt.address));
        const answer = script.shift() ?? always ?? 'accept';
        const raw = Buffer.concat(chunks).toString('utf8');
        if (answer === 'drop') {
          sockets.get(session.remotePort)?.destroy();
          return;
        }
        if (answer === 'temporary') {
          return callback(Object.assign(new Error('4.3.0 Try again later'), { responseCode: 451 }));
        }
        if (answer === 'permanent') {
          return callback(
            Object.assign(new Error('5.1.1 Mailbox does not exist'), { responseCode: 550 }),
          );
        }
        messages.push({
          messageId: /^message-id:\s*(\S+)/im.exec(raw)?.[1] ?? '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw,
        });
        callback();
      });
    },
  });
  // smtp-server does not expose a session's socket: keep them by client port to drop one.
  const net = (server as unknown as { server: import('node:net').Server }).server;
  net.on('connection', (socket: Socket) => {
    const clientPort = socket.remotePort ?? 0;
    sockets.set(clientPort, socket);
    socket.once('close', () => sockets.delete(clientPort));
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    dataAttempts: (to) =>
      to === undefined ? attempts.length : attempts.filter((rcpt) => rcpt.includes(to)).length,
    answerNext(answer, times = 1) {
      for (let i = 0; i < times; i++) script.push(answer);
    },
    answerAlways(answer) {
      always = answer;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets.values()) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Waits for the first mail the sink accepted for `email` whose subject matches, parsed. */
export function parsedMailTo(
  sink: SmtpSink,
  email: string,
  subject: RegExp,
  where: (mail: ParsedMail) => boolean = () => true,
): Promise<ParsedMail> {
  return waitFor(async () => {
    for (const message of sink.messages) {
      if (!message.to.includes(email)) continue;
      const mail = await simpleParser(message.raw);
      if (subject.test(mail.subject ?? '') && where(mail)) return mail;
    }
    return undefined;
  }, `a mail to ${email} matching ${subject}`);
}
