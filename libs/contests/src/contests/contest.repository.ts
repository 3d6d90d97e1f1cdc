import { Injectable } from '@nestjs/common';
import { EntityManager, In, Not } from 'typeorm';
import { TransactionRunner } from '@app/platform';
import { Category } from '../categories/category.entity';
import { prizesOf } from '../prizes/prize.service';
import { ContestQuestion } from '../questions/contest-question.entity';
import { Round } from '../rounds/round.entity';
import { Contest, ContestStatus } from './contest.entity';
import type { ContestParts } from './contest.mapper';

/** Reads of contests with their categories, rounds, questions and prizes, in one query per table. */
@Injectable()
export class ContestRepository {
  constructor(private readonly tx: TransactionRunner) {}

  async findPublished(): Promise<Contest[]> {
    return this.tx.manager.find(Contest, {
      where: { status: Not(ContestStatus.draft) },
      order: { createdAt: 'DESC', slug: 'ASC' },
    });
  }

  async partsOf(
    contestIds: string[],
    manager: EntityManager = this.tx.manager,
  ): Promise<Map<string, ContestParts>> {
    const parts = new Map<string, ContestParts>(
      contestIds.map((id) => [id, { categories: [], rounds: [], questions: [], prizes: [] }]),
    );
    if (contestIds.length === 0) return parts;
    const where = { contestId: In(contestIds) };
    const [categories, rounds, questions, prizes] = await Promise.all([
      manager.find(Category, { where, order: { position: 'ASC', key: 'ASC' } }),
      manager.find(Round, { where, order: { position: 'ASC' } }),
      manager.find(ContestQuestion, { where, order: { position: 'ASC', key: 'ASC' } }),
      prizesOf(manager, contestIds),
    ]);
    for (const c of categories) parts.get(c.contestId)?.categories.push(c);
    for (const r of rounds) parts.get(r.contestId)?.rounds.push(r);
    for (const q of questions) parts.get(q.contestId)?.questions.push(q);
    for (const p of prizes) parts.get(p.contestId)?.prizes.push(p);
    return parts;
  }

  async partsOfOne(contestId: string, manager?: EntityManager): Promise<ContestParts> {
    return (await this.partsOf([contestId], manager)).get(contestId) as ContestParts;
  }
}
