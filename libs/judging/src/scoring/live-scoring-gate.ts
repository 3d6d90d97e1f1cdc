import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Round, RoundMode } from '@app/contests';

/** Refuses (throws a coded error) when the entry may not be scored live now. */
export type LivePitchCheck = (
  manager: EntityManager,
  round: Round,
  entryId: string,
) => Promise<void>;

/**
 * In a round in live mode judges score an entry only while its pitch is open in the hall.
 * Who pitches when is the festival's business, and the festival sits above judging, so it
 * registers its rule here at start rather than judging calling up into it. Without a
 * registered rule (the worker, the CLI) live rounds score like online ones.
 */
@Injectable()
export class LiveScoringGate {
  private check?: LivePitchCheck;

  register(check: LivePitchCheck): void {
    this.check = check;
  }

  async assertMayScore(manager: EntityManager, round: Round, entryId: string): Promise<void> {
    if (round.mode !== RoundMode.live || !this.check) return;
    await this.check(manager, round, entryId);
  }
}
