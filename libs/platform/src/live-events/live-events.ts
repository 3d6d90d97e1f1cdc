import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type IORedis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { createRedis } from '../redis/redis-connection';

type Listener = (payload: unknown) => void;

/** How long a first use waits for Redis before going on with this instance's events only. */
const CONNECT_WAIT_MS = 2000;

function withinConnectWait(start: (done: () => void) => void): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, CONNECT_WAIT_MS);
    timer.unref();
    start(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

interface Envelope {
  origin: string;
  topic: string;
  payload: unknown;
}

/**
 * The one port for live events (hall screens, live counts). An event always reaches this
 * instance's listeners at once; in the production profile it is also published on Redis
 * and every other portal instance hands it to its own listeners. An instance skips its own
 * messages coming back from Redis, so nobody gets an event twice.
 *
 * A Redis outage therefore degrades to this instance's own events: publishing fails fast
 * (no offline queue) and is only logged, while ioredis keeps reconnecting and
 * re-subscribes by itself, so fan-out comes back without a restart. Connections are
 * opened on first use: the CLI, which neither publishes nor follows, holds none; the worker
 * follows (the outbox's wake-up) and publishes only when it writes many mails itself.
 */
@Injectable()
export class LiveEvents implements OnApplicationShutdown {
  private readonly logger = new Logger(LiveEvents.name);
  private readonly local = new EventEmitter();
  private readonly origin = randomUUID();
  private readonly channel: string;
  private publisher?: IORedis;
  private publisherReady?: Promise<void>;
  private subscriber?: IORedis;
  private subscribed: Promise<void> = Promise.resolve();

  constructor(private readonly config: AppConfig) {
    // Hundreds of screens may follow one festival.
    this.local.setMaxListeners(0);
    this.channel = `${config.QUEUE_PREFIX}:live-events`;
  }

  publish(topic: string, payload: unknown): void {
    this.local.emit(topic, payload);
    const redis = this.publishing();
    if (!redis) return;
    const message: Envelope = { origin: this.origin, topic, payload };
    void this.publisherReady!.then(() =>
      redis.publish(this.channel, JSON.stringify(message)).catch((error: Error) => {
        this.logger.warn(`live event kept to this instance (Redis unavailable): ${error.message}`);
      }),
    );
  }

  /** Follows a topic; the returned function stops following it. */
  subscribe(topic: string, listener: Listener): () => void {
    this.subscribing();
    this.local.on(topic, listener);
    return () => this.local.off(topic, listener);
  }

  /**
   * Settles once this instance receives other instances' events (at once without Redis; at
   * most CONNECT_WAIT_MS while Redis is away). A screen reads its first state after this,
   * so no change made elsewhere falls between that read and the first event.
   */
  following(): Promise<void> {
    this.subscribing();
    return this.subscribed;
  }

  private publishing(): IORedis | undefined {
    const url = this.config.REDIS_URL;
    if (!url) return undefined;
    if (!this.publisher) {
      const publisher = createRedis(url, 'producer');
      publisher.on('error', () => undefined);
      // The first events must not fail on a connection still opening (no offline queue).
      this.publisherReady = withinConnectWait((done) => publisher.once('ready', done));
      this.publisher = publisher;
    }
    return this.publisher;
  }

  private subscribing(): void {
    const url = this.config.REDIS_URL;
    if (!url || this.subscriber) return;
    // A subscriber only waits for messages: the worker options (offline queue, no retry
    // limit) let its SUBSCRIBE wait for the connection and survive an outage.
    const subscriber = createRedis(url, 'worker');
    subscriber.on('error', () => undefined);
    subscriber.on('message', (_channel: string, raw: string) => this.receive(raw));
    this.subscribed = withinConnectWait((done) => {
      subscriber.subscribe(this.channel).then(done, (error: Error) => {
        this.logger.warn(`live events not followed on Redis: ${error.message}`);
        done();
      });
    });
    this.subscriber = subscriber;
  }

  private receive(raw: string): void {
    let message: Envelope;
    try {
      message = JSON.parse(raw) as Envelope;
    } catch {
      return;
    }
    if (message.origin === this.origin || typeof message.topic !== 'string') return;
    this.local.emit(message.topic, message.payload);
  }

  onApplicationShutdown(): void {
    this.publisher?.disconnect();
    this.subscriber?.disconnect();
  }
}
