import pretty from 'pino-pretty';
import type { DestinationStream, LoggerOptions } from 'pino';

/**
 * Nest's start-up chatter: a line per module (InstanceLoader) and per controller and route
 * (RoutesResolver, RouterExplorer). Useful in a log collector, noise in a terminal.
 */
const BOOT_NOISE_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

export function isBootNoise(first: unknown): boolean {
  const context = (first as { context?: unknown } | null)?.context;
  return typeof context === 'string' && BOOT_NOISE_CONTEXTS.has(context);
}

/** A pino hook that drops the boot chatter before it is formatted. */
export const withoutBootNoise: NonNullable<LoggerOptions['hooks']> = {
  logMethod(args, method) {
    if (isBootNoise(args[0])) return;
    method.apply(this, args);
  },
};

/**
 * One readable line per event (`12:00:01 INFO [OutboxRelay] mail relay paused`, requests as
 * `GET /contests 200`). Synchronous, in this process, not a transport thread: the start
 * banner printed after the last log line must stay the last thing on the screen.
 */
export function prettyLogStream(): DestinationStream {
  return pretty({
    sync: true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,context,req,res,responseTime',
    messageFormat:
      '{if context}[{context}] {end}{msg}{if req.method} {req.method} {req.url}{end}{if res.statusCode} {res.statusCode}{end}',
    singleLine: true,
  });
}
