// The SMTP sink of a bench run, in its own process: in the load generator's process it
// would answer late while a burst is driven, and the worker's SMTP timeouts would turn
// that into resends that the platform did not cause. It accepts every mail and answers
// GET / on its HTTP port with what it received (`?nth=K`: also when the K-th mail came).
//   SMTP_PORT=... HTTP_PORT=... node bench/lib/smtp-sink.mjs
import http from 'node:http';
import { SMTPServer } from 'smtp-server';

const received = new Map();
let total = 0;
// When the last mail was accepted (epoch ms): a scenario times its mails to this instant.
let lastAt = 0;
// When each mail was accepted, in order: a scenario reads when its first mail came.
const arrivals = [];
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
      arrivals.push(lastAt);
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
    const nth = Number(new URL(req.url, 'http://sink').searchParams.get('nth'));
    const nthAt = arrivals[nth - 1] ?? null;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ total, duplicates, lastAt, nthAt }));
  })
  .listen(Number(process.env.HTTP_PORT), '127.0.0.1');
