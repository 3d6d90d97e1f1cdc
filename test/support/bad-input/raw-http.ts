import { Agent, request as httpRequest } from 'node:http';
import { connect } from 'node:net';

/**
 * HTTP without the guard rails of fetch or supertest: paths are sent as given (no
 * normalisation), bodies as raw bytes, and a raw socket writes request lines and headers
 * that no client library would produce.
 */

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

const agent = new Agent({ keepAlive: true, maxSockets: 4 });

export function send(port: number, req: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const body = req.body === undefined ? undefined : Buffer.from(req.body);
    const headers: Record<string, string | number> = { ...req.headers };
    if (body) headers['content-length'] = body.length;
    const outgoing = httpRequest(
      { host: '127.0.0.1', port, method: req.method, path: req.path, headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => {
          // Keep the start of the body only: enough to read an error code.
          if (chunks.length < 8) chunks.push(chunk);
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8').slice(0, 20_000),
          }),
        );
        res.on('error', reject);
      },
    );
    outgoing.setTimeout(60_000, () => outgoing.destroy(new Error('response timed out')));
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      // The server may answer (413, 400) and close before the whole body was written.
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET') {
        resolve({ status: 0, headers: {}, body: `connection closed: ${error.code}` });
      } else reject(error);
    });
    outgoing.end(body);
  });
}

/**
 * Writes `head` (request line and headers, CRLF-separated, no final blank line) and an
 * optional body on a new connection, and reads the status of the first response. Status
 * 0 means the server closed the connection without an answer, which a malformed request
 * may deserve; anything 5xx is what the suite looks for.
 */
export function sendRaw(
  port: number,
  head: string,
  body: Buffer | string = '',
  opts: { closeEarly?: boolean } = {},
): Promise<{ status: number; text: string }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    const done = () => {
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(received);
      resolve({ status: match ? Number(match[1]) : 0, text: received.slice(0, 2000) });
    };
    socket.setTimeout(30_000, () => socket.destroy());
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      if (/\r\n\r\n/.test(received) && !opts.closeEarly) socket.end();
    });
    socket.on('error', () => undefined);
    socket.on('close', done);
    const hasHost = /\r\nhost:/i.test(head) || / HTTP\/1\.0$/.test(head.split('\r\n')[0]);
    const lines = [head];
    if (!hasHost) lines.push(`Host: 127.0.0.1:${port}`);
    const bodyBytes = Buffer.from(body);
    if (bodyBytes.length && !/content-length|transfer-encoding/i.test(head))
      lines.push(`Content-Length: ${bodyBytes.length}`);
    socket.write(Buffer.from(lines.join('\r\n') + '\r\n\r\n', 'utf8'));
    if (opts.closeEarly) {
      // Half a body, then the connection goes away: a client that lost its network.
      socket.end(bodyBytes.subarray(0, Math.floor(bodyBytes.length / 2)));
    } else {
      socket.write(bodyBytes);
    }
  });
}
