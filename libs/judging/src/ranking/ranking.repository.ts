import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In, Not } from 'typeorm';
import { User } from '@app/accounts';
import { Category, Round } from '@app/contests';
import { Entry } from '@app/entries';
import { TransactionRunner, executePrepared } from '@app/platform';
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
   * Every submitted score of the round, in one query, by entry and then judge: the methods
   * sum in this order, so it is fixed. Raw rows rather than entities: for 15,000 scores,
   * building Score objects cost more than the whole computation. Sorted here rather than by
   * the database, whose sort of 15,000 rows carrying a text column took longer than the
   * read itself (ids are lowercase hex with hyphens in the same places, so code-unit order
   * is the database's order on both profiles).
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
      .getRawMany<{ judgeUserId: string; entryId: string; values: string }>();
    rows.sort(
      (a, b) => compareIds(a.entryId, b.entryId) || compareIds(a.judgeUserId, b.judgeUserId),
    );
    // `values` is a simple-json column: text on both databases.
    return rows.map((row) => ({
      judgeUserId: row.judgeUserId,
      entryId: row.entryId,
      values: JSON.parse(row.values) as ReviewInput['values'],
    }));
  }

  /** The round's entries with their category key, by code: one indexed join. */
  roundEntries(roundId: string): Promise<EntryInput[]> {
    return this.transactions.manager
      .createQueryBuilder(RoundEntry, 're')
      .innerJoin(Entry, 'e', 'e.id = re.entryId')
      .innerJoin(Category, 'c', 'c.id = e.categoryId')
      .select('e.id', 'entryId')
      .addSelect('e.code', 'code')
      .addSelect('c.key', 'categoryKey')
      .where('re.roundId = :roundId', { roundId })
      .orderBy('e.code', 'ASC')
      .getRawMany<EntryInput>();
  }

  /**
   * The round's entries and any entry with a submitted score, by code: what the ranking
   * shows when a scored entry is no longer among the round's entries, which the common
   * case (`roundEntries`) does not cover. Slower: the database tests every entry.
   */
  entriesWithScores(roundId: string): Promise<EntryInput[]> {
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
      // Not save(), which reads the row back, and not insert(), which escapes the 2 MB of
      // JSON into the SQL text: the content goes as a prepared statement's parameter.
      const id = randomUUID();
      await executePrepared(
        manager,
        'INSERT INTO ranking_results (id, roundId, scoreCount, content) VALUES (?, ?, ?, ?)',
        [id, roundId, scoreCount, JSON.stringify(content)],
      );
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

/** Code-unit order of two ids. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
