import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@app/accounts';
import { Category, contestOrFail } from '@app/contests';
import { DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import { Award, AwardSlot } from './award.entity';
import { toPrizeResponse } from './awards.mapper';
import type { PrizeResponse } from './awards.mapper';
import { CreatePrizeDto, UpdatePrizeDto } from './prize.dto';
import { Prize } from './prize.entity';

/** The prizes of a contest, as organizers configure them before awarding. */
@Injectable()
export class PrizeService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
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
      await assertCategory(manager, contestId, dto.categoryId ?? null);
      const prize = manager.create(Prize, {
        contestId,
        categoryId: dto.categoryId ?? null,
        kind: dto.kind,
        nameVi: dto.nameVi,
        nameEn: dto.nameEn,
        amount: dto.amount,
        quantity: dto.quantity,
        position: dto.position ?? (await manager.count(Prize, { where: { contestId } })),
      });
      await manager.insert(Prize, prize);
      await this.record(manager, actorId, 'prize.created', prize);
      return toPrizeResponse(await manager.findOneByOrFail(Prize, { id: prize.id }));
    });
  }

  /**
   * A prize's number cannot go below the awards already confirmed (409
   * PRIZE_COUNT_EXCEEDED); the confirmed ones are moved to the lowest seats first, so the
   * seats stay within 1..quantity, which is what keeps the count under concurrent awards.
   */
  async update(
    actorId: string,
    contestId: string,
    prizeId: string,
    dto: UpdatePrizeDto,
  ): Promise<PrizeResponse> {
    return this.tx.run(async (manager) => {
      const prize = await prizeOrFail(manager, contestId, prizeId, true);
      const changes: Partial<Prize> = {};
      for (const [key, value] of Object.entries(dto))
        if (value !== undefined) (changes as Record<string, unknown>)[key] = value;
      if (changes.categoryId !== undefined)
        await assertCategory(manager, contestId, changes.categoryId);
      if (changes.quantity !== undefined && changes.quantity < prize.quantity)
        await compactSeats(manager, prize, changes.quantity);
      if (Object.keys(changes).length > 0) await manager.update(Prize, { id: prizeId }, changes);
      const saved = await manager.findOneByOrFail(Prize, { id: prizeId });
      await this.record(manager, actorId, 'prize.updated', saved);
      return toPrizeResponse(saved);
    });
  }

  /** 409 PRIZE_AWARDED while an award of it is confirmed or waiting for confirmation. */
  async remove(actorId: string, contestId: string, prizeId: string): Promise<void> {
    await this.tx.run(async (manager) => {
      const prize = await prizeOrFail(manager, contestId, prizeId, true);
      const live = await manager
        .createQueryBuilder(Award, 'a')
        .where('a.prizeId = :prizeId AND a.slot IS NOT NULL', { prizeId })
        .getCount();
      if (live > 0)
        throw new DomainError(
          ErrorCode.PRIZE_AWARDED,
          'This prize has been awarded (or an award of it waits for confirmation); withdraw the awards first',
        );
      // Superseded awards go with it; the audit log keeps their history.
      await manager.delete(Award, { prizeId });
      await manager.delete(Prize, { id: prizeId });
      await this.record(manager, actorId, 'prize.deleted', prize);
    });
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

export function prizesOf(manager: EntityManager, contestId: string): Promise<Prize[]> {
  return manager.find(Prize, {
    where: { contestId },
    order: { position: 'ASC', createdAt: 'ASC' },
  });
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

async function compactSeats(manager: EntityManager, prize: Prize, quantity: number) {
  const confirmed = await manager.find(Award, {
    where: { prizeId: prize.id, slot: AwardSlot.confirmed },
    order: { seat: 'ASC' },
  });
  if (confirmed.length > quantity)
    throw new DomainError(
      ErrorCode.PRIZE_COUNT_EXCEEDED,
      `${confirmed.length} awards of this prize are confirmed; withdraw some before lowering its number`,
    );
  // Ascending, each seat moves down to one already freed, so the unique index never trips.
  for (const [index, award] of confirmed.entries())
    if (award.seat !== index + 1)
      await manager.update(Award, { id: award.id }, { seat: index + 1 });
}
