import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In, Not, type QueryDeepPartialEntity } from 'typeorm';
import { User } from '@app/accounts';
import { Category, Round } from '@app/contests';
import { Entry } from '@app/entries';
import { TransactionRunner } from '@app/platform';
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

  /**
   * Every submitted score of the round, in one query. Raw rows rather than entities: for
   * 15,000 scores, building Score objects cost more than the whole computation.
   */
  async submittedReviews(roundId: string): Promise<ReviewInput[]> {
    const rows = await this.transactions.manager
      .createQueryBuilder(Score, 's')
      .select('s.judgeUserId', 'judgeUserId')
      .addSelect('s.entryId', 'entryId')
      .addSelect('s.values', 'values')
      .where('s.roundId = :roundId AND s.status = :submitted', {
        roundId,
        submitted: ScoreStatus.submitted,
      })
      .orderBy('s.entryId', 'ASC')
      .addOrderBy('s.judgeUserId', 'ASC')
      .getRawMany<{ judgeUserId: string; entryId: string; values: string }>();
    // `values` is a simple-json column: text on both databases.
    return rows.map((row) => ({
      judgeUserId: row.judgeUserId,
      entryId: row.entryId,
      values: JSON.parse(row.values) as ReviewInput['values'],
    }));
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
  store(roundId: string, scoreCount: number, content: RankingContent): Promise<string> {
    return this.transactions.run(async (manager) => {
      // insert(), not save(): save() reads the 2 MB row back, which nobody needs.
      const id = randomUUID();
      await manager.insert(RankingResult, {
        id,
        roundId,
        scoreCount,
        content: content as unknown as QueryDeepPartialEntity<RankingResult['content']>,
      });
      // A handful of rows per round; MySQL has no OFFSET without LIMIT, so the cut is made here.
      const others = await manager.find(RankingResult, {
        select: { id: true },
        where: { roundId, id: Not(id) },
        order: { computedAt: 'DESC' },
      });
      const older = others.slice(RANKING_RESULTS_KEPT - 1);
      if (older.length > 0) await manager.delete(RankingResult, { id: In(older.map((r) => r.id)) });
      return id;
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
