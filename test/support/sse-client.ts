import { request as httpRequest } from 'node:http';
import type { IncomingMessage } from 'node:http';

export interface SseEvent {
  event: string;
  data: string;
  /** When it arrived (Date.now()). */
  at: number;
}

export interface SseClient {
  events: SseEvent[];
  /** Resolves with the first event (from now on, or already received when `from` is given) that matches. */
  next(match: (event: SseEvent) => boolean, from?: number, timeoutMs?: number): Promise<SseEvent>;
  close(): void;
}

/**
 * A server-sent events client for tests: it keeps every event it receives, and waits on
 * the stream itself (never on a timer) for the one a test expects.
 */
export function openSse(url: string): Promise<SseClient> {
  return new Promise((resolve, reject) => {
    const events: SseEvent[] = [];
    const waiters: {
      from: number;
      match: (e: SseEvent) => boolean;
      done: (e: SseEvent) => void;
    }[] = [];
    let buffer = '';
    const req = httpRequest(url, { headers: { accept: 'text/event-stream' } });
    const settle = () => {
      for (const waiter of [...waiters]) {
        const found = events.slice(waiter.from).find(waiter.match);
        if (found) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.done(found);
        }
      }
    };
    req.on('response', (res: IncomingMessage) => {
      if (res.statusCode !== 200) {
        reject(new Error(`SSE answered ${res.statusCode}`));
        res.resume();
        return;
      }
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let event = 'message';
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith('event: ')) event = line.slice(7);
            else if (line.startsWith('data: ')) data.push(line.slice(6));
          }
          if (data.length) events.push({ event, data: data.join('\n'), at: Date.now() });
        }
        settle();
      });
      resolve({
        events,
        next(match, from = events.length, timeoutMs = 15_000) {
          return new Promise((done, fail) => {
            const timer = setTimeout(
              () => fail(new Error('no matching server-sent event arrived')),
              timeoutMs,
            );
            waiters.push({
              from,
              match,
              done: (e) => {
                clearTimeout(timer);
                done(e);
              },
            });
            settle();
          });
        },
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** The hall state carried by a `state` event. */
export function hallStateOf(event: { data: string }): {
  pitch: { code: string; openedAt: string } | null;
  prizes: unknown[];
  voting: string;
} {
  return JSON.parse(event.data);
}
