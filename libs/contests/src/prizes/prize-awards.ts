import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Prize } from './prize.entity';

/**
 * What a lib above contests (results, which awards prizes) must be asked before a prize
 * changes: `removing` refuses or clears the way for a deletion, `lowering` refuses or
 * makes room for a smaller number. Both run inside the transaction of the change.
 */
export interface PrizeAwardRules {
  removing(manager: EntityManager, prize: Prize): Promise<void>;
  lowering(manager: EntityManager, prize: Prize, quantity: number): Promise<void>;
}

/**
 * Contests own the prize list but cannot know the awards table, so the awarding lib
 * registers its rules here (as entries do with CategoryUsage): one list, one place that
 * guards it, whichever page or route edits it.
 */
@Injectable()
export class PrizeAwards {
  private readonly rules: PrizeAwardRules[] = [];

  register(rules: PrizeAwardRules): void {
    this.rules.push(rules);
  }

  async removing(manager: EntityManager, prize: Prize): Promise<void> {
    for (const rules of this.rules) await rules.removing(manager, prize);
  }

  async lowering(manager: EntityManager, prize: Prize, quantity: number): Promise<void> {
    for (const rules of this.rules) await rules.lowering(manager, prize, quantity);
  }
}
