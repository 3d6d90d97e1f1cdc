// The SMTP sink of a bench run, in its own process: in the load generator's process it
// would answer late while a burst is driven, and the worker's SMTP timeouts would turn
// that into resends that the platform did not cause. It accepts every mail and answers
// GET /counts on its HTTP port with what it received.
//   SMTP_PORT=... HTTP_PORT=... node bench/lib/smtp-sink.mjs
import http from 'node:http';
import { SMTPServer } from 'smtp-server';

const received = new Map();
let total = 0;
// When the last mail was accepted (epoch ms): a scenario times its mails to this instant.
let lastAt = 0;
const smtp = new SMTPServer({
  secure: false,
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    stream.on('data', () => {});
    stream.on('end', () => {
      total++;
      lastAt = Date.now();
      for (const rcpt of session.envelope.rcptTo)
        received.set(rcpt.address, (received.get(rcpt.address) ?? 0) + 1);
      callback();
    });
  },
});
smtp.listen(Number(process.env.SMTP_PORT), '127.0.0.1');
http
  .createServer((req, res) => {
    // Every bench mail goes to its own address: one with two mails is a resend.
    const duplicates = [...received.values()].filter((count) => count > 1).length;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ total, duplicates, lastAt }));
  })
  .listen(Number(process.env.HTTP_PORT), '127.0.0.1');
