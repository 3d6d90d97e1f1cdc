import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { LiveEvents, TransactionRunner } from '@app/platform';
import { festivalOrFail } from '../programme/festival-lookup';
import { Festival } from '../programme/festival.entity';
import type { Audience } from '../programme/festival.mapper';
import { readHallState } from './hall-state';
import type { HallState } from './hall-state';
import { hallTopic } from './hall-topic';

/** One connected hall screen (a server-sent events stream). */
export interface HallScreen {
  send(state: HallState): void;
  /** Ends the stream (at shutdown); the browser reconnects, to this instance or another. */
  end(): void;
}

interface Hall {
  screens: Set<HallScreen>;
  /** Reads and sends run one after another, so no screen ever gets an older state last. */
  queue: Promise<void>;
  stopFollowing: () => void;
}

/**
 * The hall screens connected to this instance, per festival. An event (from this instance
 * or, through LiveEvents, from another) makes the instance read the state once and send it
 * to each of its screens. A screen that connects (or reconnects after a restart) gets the
 * current state first, queued behind any read in flight, then follows the events.
 */
@Injectable()
export class HallScreensService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(HallScreensService.name);
  private readonly halls = new Map<string, Hall>();

  constructor(
    private readonly tx: TransactionRunner,
    private readonly events: LiveEvents,
  ) {}

  async state(contestId: string, audience: Audience): Promise<HallState> {
    const festival = await festivalOrFail(this.tx.manager, contestId, audience);
    return readHallState(this.tx.manager, festival);
  }

  /** Tells every hall screen of the festival, on every instance, that its state changed. */
  changed(festivalId: string): void {
    this.events.publish(hallTopic(festivalId), { at: Date.now() });
  }

  /** Connects a screen; the returned function disconnects it. */
  async connect(contestId: string, audience: Audience, screen: HallScreen): Promise<() => void> {
    const festival = await festivalOrFail(this.tx.manager, contestId, audience);
    const hall = this.hallOf(festival.id);
    await this.events.following();
    hall.screens.add(screen);
    this.enqueue(festival.id, hall, [screen]);
    return () => {
      hall.screens.delete(screen);
      if (hall.screens.size === 0 && this.halls.get(festival.id) === hall) {
        hall.stopFollowing();
        this.halls.delete(festival.id);
      }
    };
  }

  /** How many screens this instance serves (for the operator's metrics and the tests). */
  connectedScreens(): number {
    let count = 0;
    for (const hall of this.halls.values()) count += hall.screens.size;
    return count;
  }

  /** Open streams would hold the HTTP server's close open: they end first. */
  beforeApplicationShutdown(): void {
    for (const hall of this.halls.values()) for (const screen of hall.screens) screen.end();
  }

  private hallOf(festivalId: string): Hall {
    const existing = this.halls.get(festivalId);
    if (existing) return existing;
    const hall: Hall = { screens: new Set(), queue: Promise.resolve(), stopFollowing: () => {} };
    hall.stopFollowing = this.events.subscribe(hallTopic(festivalId), () =>
      this.enqueue(festivalId, hall, null),
    );
    this.halls.set(festivalId, hall);
    return hall;
  }

  /** Reads the state and sends it to `screens`, or to every screen of the hall when null. */
  private enqueue(festivalId: string, hall: Hall, screens: HallScreen[] | null): void {
    hall.queue = hall.queue.then(async () => {
      try {
        const festival = await this.tx.manager.findOneByOrFail(Festival, { id: festivalId });
        const state = await readHallState(this.tx.manager, festival);
        for (const screen of screens ?? [...hall.screens]) screen.send(state);
      } catch (error) {
        this.logger.warn({ err: error, festivalId }, 'hall state not sent');
      }
    });
  }
}
