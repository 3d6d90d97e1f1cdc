import { Injectable } from '@nestjs/common';
import { In, Not } from 'typeorm';
import { User } from '@app/accounts/users/user.entity';
import { Category } from '@app/contests/categories/category.entity';
import { Round } from '@app/contests/rounds/round.entity';
import { Entry } from '@app/entries/entries/entry.entity';
import { TransactionRunner } from '@app/platform/database/transaction-runner';
import { RoundEntry } from '../assignment/round-entry.entity';
import { Score, ScoreStatus } from '../scoring/score.entity';
import type { EntryInput, ReviewInput } from './methods/ranking-input';
import { RankingResult } from './ranking-result.entity';
import type { RankingContent } from './ranking.types';

/** Stored rankings kept per round: the latest is read, a few before it explain a change. */
export const RANKING_RESULTS_KEPT = 5;

/** Reads what a ranking is computed from, and stores the results. */
@Injectable()
export class RankingRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  round(roundId: string): Promise<Round | null> {
    return this.transactions.manager.findOne(Round, { where: { id: roundId } });
  }

  /** Every submitted score of the round, in one query. */
  submittedReviews(roundId: string): Promise<ReviewInput[]> {
    return this.transactions.manager.find(Score, {
      select: { judgeUserId: true, entryId: true, values: true },
      where: { roundId, status: ScoreStatus.submitted },
      order: { entryId: 'ASC', judgeUserId: 'ASC' },
    });
  }

  /** The round's entries (and any entry with a submitted score), with their category key, by code. */
  async entries(roundId: string): Promise<EntryInput[]> {
    const query = this.transactions.manager
      .createQueryBuilder(Entry, 'e')
      .innerJoin(Category, 'c', 'c.id = e.categoryId')
      .select('e.id', 'entryId')
      .addSelect('e.code', 'code')
      .addSelect('c.key', 'categoryKey');
    const inRound = query
      .subQuery()
      .select('re.entryId')
      .from(RoundEntry, 're')
      .where('re.roundId = :roundId')
      .getQuery();
    const scored = query
      .subQuery()
      .select('s.entryId')
      .from(Score, 's')
      .where('s.roundId = :roundId AND s.status = :submitted')
      .getQuery();
    return query
      .where(`e.id IN ${inRound} OR e.id IN ${scored}`, {
        roundId,
        submitted: ScoreStatus.submitted,
      })
      .orderBy('e.code', 'ASC')
      .getRawMany<EntryInput>();
  }

  /** Stores a result and drops the oldest beyond RANKING_RESULTS_KEPT (never the new one). */
  store(roundId: string, scoreCount: number, content: RankingContent): Promise<RankingResult> {
    return this.transactions.run(async (manager) => {
      const stored = await manager.save(
        manager.create(RankingResult, {
          roundId,
          scoreCount,
          content: content as unknown as Record<string, unknown>,
        }),
      );
      // A handful of rows per round; MySQL has no OFFSET without LIMIT, so the cut is made here.
      const others = await manager.find(RankingResult, {
        select: { id: true },
        where: { roundId, id: Not(stored.id) },
        order: { computedAt: 'DESC' },
      });
      const older = others.slice(RANKING_RESULTS_KEPT - 1);
      if (older.length > 0) await manager.delete(RankingResult, { id: In(older.map((r) => r.id)) });
      return stored;
    });
  }

  /** Organizers see who the judges are; nobody else reads rankings. */
  async judgeNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const users = await this.transactions.manager.find(User, {
      select: { id: true, fullName: true },
      where: { id: In(ids) },
    });
    return new Map(users.map((u) => [u.id, u.fullName]));
  }

  latest(roundId: string): Promise<RankingResult | null> {
    return this.transactions.manager.findOne(RankingResult, {
      where: { roundId },
      order: { computedAt: 'DESC' },
    });
  }
}
