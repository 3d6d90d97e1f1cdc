import { Injectable } from '@nestjs/common';
import { EntityManager, In, Not } from 'typeorm';
import { TransactionRunner } from '@app/platform';
import { Category } from '../categories/category.entity';
import { ContestQuestion } from '../questions/contest-question.entity';
import { Round } from '../rounds/round.entity';
import { Contest, ContestStatus } from './contest.entity';
import type { ContestParts } from './contest.mapper';

/** Reads of contests with their categories, rounds and questions, in one query per table. */
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
      contestIds.map((id) => [id, { categories: [], rounds: [], questions: [] }]),
    );
    if (contestIds.length === 0) return parts;
    const where = { contestId: In(contestIds) };
    const [categories, rounds, questions] = await Promise.all([
      manager.find(Category, { where, order: { position: 'ASC', key: 'ASC' } }),
      manager.find(Round, { where, order: { position: 'ASC' } }),
      manager.find(ContestQuestion, { where, order: { position: 'ASC', key: 'ASC' } }),
    ]);
    for (const c of categories) parts.get(c.contestId)?.categories.push(c);
    for (const r of rounds) parts.get(r.contestId)?.rounds.push(r);
    for (const q of questions) parts.get(q.contestId)?.questions.push(q);
    return parts;
  }

  async partsOfOne(contestId: string, manager?: EntityManager): Promise<ContestParts> {
    return (await this.partsOf([contestId], manager)).get(contestId) as ContestParts;
  }
}
