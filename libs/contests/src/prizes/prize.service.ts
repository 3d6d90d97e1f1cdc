import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@app/accounts';
import { DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import { Category } from '../categories/category.entity';
import { contestOrFail } from '../contests/contest-lookup';
import { PrizeAwards } from './prize-awards';
import { ContestPrizeDto, CreatePrizeDto, UpdatePrizeDto } from './prize.dto';
import { Prize } from './prize.entity';
import { toPrizeResponse } from './prize.mapper';
import type { PrizeResponse } from './prize.mapper';

/**
 * The one prize list of a contest. The contest form (whole list, inside the contest's own
 * save) and the awards page (one prize at a time) both write it through here, so the
 * awarding rules registered in PrizeAwards hold whichever way a prize changes.
 */
@Injectable()
export class PrizeService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly awards: PrizeAwards,
  ) {}

  async list(contestId: string): Promise<PrizeResponse[]> {
    await contestOrFail(this.tx.manager, contestId);
    return (await prizesOf(this.tx.manager, contestId)).map(toPrizeResponse);
  }

  async get(contestId: string, prizeId: string): Promise<PrizeResponse> {
    return toPrizeResponse(await prizeOrFail(this.tx.manager, contestId, prizeId));
  }

  async create(actorId: string, contestId: string, dto: CreatePrizeDto): Promise<PrizeResponse> {
    return this.tx.run(async (manager) => {
      await contestOrFail(manager, contestId);
      const position = dto.position ?? (await manager.count(Prize, { where: { contestId } }));
      return toPrizeResponse(await this.add(manager, actorId, contestId, dto, position));
    });
  }

  /**
   * A prize's number cannot go below the awards already confirmed (409
   * PRIZE_COUNT_EXCEEDED, from the awarding rules, which also keep the seats compact).
   */
  async update(
    actorId: string,
    contestId: string,
    prizeId: string,
    dto: UpdatePrizeDto,
  ): Promise<PrizeResponse> {
    return this.tx.run(async (manager) => {
      const prize = await prizeOrFail(manager, contestId, prizeId, true);
      return toPrizeResponse(await this.change(manager, actorId, prize, dto));
    });
  }

  /** 409 PRIZE_AWARDED while an award of it is confirmed or waiting for confirmation. */
  async remove(actorId: string, contestId: string, prizeId: string): Promise<void> {
    await this.tx.run(async (manager) => {
      const prize = await prizeOrFail(manager, contestId, prizeId, true);
      await this.drop(manager, actorId, prize);
    });
  }

  /**
   * The list sent whole with the contest (create or update), in the caller's transaction:
   * a listed `id` keeps that prize (awards keep pointing at it) with the values sent, an
   * item without one is a new prize, a prize left out is deleted; the order sent is the
   * order shown. 404 for an id that is not a prize of this contest.
   */
  async replaceList(
    manager: EntityManager,
    actorId: string,
    contestId: string,
    items: ContestPrizeDto[],
  ): Promise<void> {
    const current = await prizesOf(manager, contestId, true);
    const byId = new Map(current.map((p) => [p.id, p]));
    for (const item of items)
      if (item.id && !byId.has(item.id))
        throw new DomainError(ErrorCode.NOT_FOUND, 'No such prize in this contest');
    const kept = new Set(items.map((item) => item.id));
    // Deletions first: a prize taken out frees nothing the others need, but a refused one
    // (awarded) must stop the save before anything else is written.
    for (const prize of current) if (!kept.has(prize.id)) await this.drop(manager, actorId, prize);
    for (const [position, item] of items.entries()) {
      const { id, ...values } = item;
      const existing = id ? byId.get(id) : undefined;
      if (existing) await this.change(manager, actorId, existing, { ...values, position });
      else await this.add(manager, actorId, contestId, values, position);
    }
  }

  private async add(
    manager: EntityManager,
    actorId: string,
    contestId: string,
    dto: CreatePrizeDto,
    position: number,
  ): Promise<Prize> {
    await assertCategory(manager, contestId, dto.categoryId ?? null);
    const prize = manager.create(Prize, {
      contestId,
      categoryId: dto.categoryId ?? null,
      kind: dto.kind,
      nameVi: dto.nameVi,
      nameEn: dto.nameEn,
      amount: dto.amount,
      quantity: dto.quantity,
      position,
    });
    await manager.insert(Prize, prize);
    await this.record(manager, actorId, 'prize.created', prize);
    return manager.findOneByOrFail(Prize, { id: prize.id });
  }

  private async change(
    manager: EntityManager,
    actorId: string,
    prize: Prize,
    dto: UpdatePrizeDto,
  ): Promise<Prize> {
    const changes: Partial<Prize> = {};
    for (const [key, value] of Object.entries(dto))
      if (value !== undefined && value !== (prize as unknown as Record<string, unknown>)[key])
        (changes as Record<string, unknown>)[key] = value;
    if (Object.keys(changes).length === 0) return prize;
    if (changes.categoryId !== undefined)
      await assertCategory(manager, prize.contestId, changes.categoryId);
    if (changes.quantity !== undefined && changes.quantity < prize.quantity)
      await this.awards.lowering(manager, prize, changes.quantity);
    await manager.update(Prize, { id: prize.id }, changes);
    const saved = await manager.findOneByOrFail(Prize, { id: prize.id });
    await this.record(manager, actorId, 'prize.updated', saved);
    return saved;
  }

  private async drop(manager: EntityManager, actorId: string, prize: Prize): Promise<void> {
    await this.awards.removing(manager, prize);
    await manager.delete(Prize, { id: prize.id });
    await this.record(manager, actorId, 'prize.deleted', prize);
  }

  private record(manager: EntityManager, actorId: string, action: string, prize: Prize) {
    return this.audit.record(manager, {
      actorId,
      action,
      subjectType: 'prize',
      subjectId: prize.id,
      data: {
        contestId: prize.contestId,
        kind: prize.kind,
        nameVi: prize.nameVi,
        amount: prize.amount,
        quantity: prize.quantity,
      },
    });
  }
}

/** The prizes of contests, in the order organizers set. */
export function prizesOf(
  manager: EntityManager,
  contestId: string | string[],
  lock = false,
): Promise<Prize[]> {
  const query = manager
    .createQueryBuilder(Prize, 'p')
    .where(Array.isArray(contestId) ? 'p.contestId IN (:...ids)' : 'p.contestId = :ids', {
      ids: contestId,
    })
    .orderBy('p.position', 'ASC')
    .addOrderBy('p.createdAt', 'ASC')
    .addOrderBy('p.id', 'ASC');
  if (lock && manager.connection.options.type !== 'better-sqlite3')
    query.setLock('pessimistic_write');
  return query.getMany();
}

/**
 * The prize, 404 when it is not one of this contest's. `lock` takes the row for update
 * (MariaDB), so a change of its number and a confirmation of an award queue behind each
 * other; SQLite's transactions are serialised already.
 */
export async function prizeOrFail(
  manager: EntityManager,
  contestId: string,
  prizeId: string,
  lock = false,
): Promise<Prize> {
  const query = manager
    .createQueryBuilder(Prize, 'p')
    .where('p.id = :prizeId AND p.contestId = :contestId', { prizeId, contestId });
  if (lock && manager.connection.options.type !== 'better-sqlite3')
    query.setLock('pessimistic_write');
  const prize = await query.getOne();
  if (!prize) throw new DomainError(ErrorCode.NOT_FOUND, 'No such prize in this contest');
  return prize;
}

async function assertCategory(
  manager: EntityManager,
  contestId: string,
  categoryId: string | null,
) {
  if (categoryId && !(await manager.existsBy(Category, { id: categoryId, contestId })))
    throw new DomainError(ErrorCode.NOT_FOUND, 'No such category in this contest');
}
