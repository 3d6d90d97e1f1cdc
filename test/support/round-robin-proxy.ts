import { createServer, request as httpRequest, Server } from 'node:http';
import { freePort } from './portal';

export interface RoundRobinProxy {
  url: string;
  /** For each request so far, the index of the backend that answered it. */
  served: number[];
  close(): Promise<void>;
}

/**
 * A small HTTP load balancer: each request goes to the next backend in turn, as a
 * round-robin proxy in front of several hosts would send it. It adds X-Forwarded-For, as
 * real proxies do, so the portals count clients rather than the proxy.
 */
export async function startRoundRobinProxy(backends: string[]): Promise<RoundRobinProxy> {
  const port = await freePort();
  const served: number[] = [];
  let next = 0;
  const server: Server = createServer((incoming, outgoing) => {
    const index = next++ % backends.length;
    served.push(index);
    const target = new URL(incoming.url ?? '/', backends[index]);
    const forwarded = httpRequest(
      target,
      {
        method: incoming.method,
        headers: {
          ...incoming.headers,
          host: target.host,
          'x-forwarded-for': incoming.socket.remoteAddress ?? '127.0.0.1',
        },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => {
      if (!outgoing.headersSent) outgoing.writeHead(502);
      outgoing.end();
    });
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
