import { Injectable } from '@nestjs/common';
import { EntityManager, Not } from 'typeorm';
import { DomainError, ErrorCode, isUniqueViolation, TransactionRunner } from '@app/platform';
import type { FieldError } from '@app/platform';
import { contestOrFail } from '../contests/contest-lookup';
import { assertValid } from '../contests/contest.service';
import { CreateRoundDto, UpdateRoundDto } from './round.dto';
import { Criterion, Round, RoundMode } from './round.entity';
import { toRoundResponse } from './round.mapper';
import type { RoundResponse } from './round.mapper';
import { rubricProblems, sameRubric } from './rubric-validation';
import { advancementRuleProblems, toAdvancementRule } from './advancement-rule-validation';

const toDate = (iso: string | null | undefined) =>
  iso === undefined ? undefined : iso === null ? null : new Date(iso);

const rubricLocked = () =>
  new DomainError(
    ErrorCode.RUBRIC_LOCKED,
    'The rubric of this round cannot change: scores have already been given with it',
  );
const staleVersion = () =>
  new DomainError(ErrorCode.STALE_VERSION, 'The round changed since you read it; reload it');

/** Judging rounds of a contest and their rubrics. */
@Injectable()
export class RoundService {
  constructor(private readonly tx: TransactionRunner) {}

  async get(id: string): Promise<RoundResponse> {
    return toRoundResponse(await roundOrFail(this.tx.manager, id));
  }

  async create(contestId: string, dto: CreateRoundDto): Promise<RoundResponse> {
    const criteria = toCriteria(dto.criteria);
    const judgingOpensAt = toDate(dto.judgingOpensAt) ?? null;
    const judgingClosesAt = toDate(dto.judgingClosesAt) ?? null;
    assertValid([...rubricProblems(criteria), ...windowProblems(judgingOpensAt, judgingClosesAt)]);
    return this.positionSafe(() =>
      this.tx.run(async (manager) => {
        await contestOrFail(manager, contestId);
        await assertPositionFree(manager, contestId, dto.position);
        const round = manager.create(Round, {
          contestId,
          position: dto.position,
          nameVi: dto.nameVi,
          nameEn: dto.nameEn,
          mode: dto.mode ?? RoundMode.online,
          reviewsPerEntry: dto.reviewsPerEntry ?? 3,
          maxLoadPerJudge: dto.maxLoadPerJudge ?? null,
          judgingOpensAt,
          judgingClosesAt,
          criteria,
          rubricLockedAt: null,
        });
        await manager.insert(Round, round);
        return toRoundResponse(await roundOrFail(manager, round.id));
      }),
    );
  }

  /**
   * TypeORM's save() does not check @VersionColumn, so the update is conditional on the
   * version read (or sent), and on the rubric still being unlocked when it changes: a
   * first score recorded meanwhile cannot slip between the check and the write.
   */
  async update(id: string, dto: UpdateRoundDto): Promise<RoundResponse> {
    return this.positionSafe(() =>
      this.tx.run(async (manager) => {
        const round = await roundOrFail(manager, id);
        if (dto.version !== undefined && dto.version !== round.version) throw staleVersion();
        const {
          version: _version,
          judgingOpensAt,
          judgingClosesAt,
          criteria,
          advancementRule,
          ...rest
        } = dto;
        const changes: Partial<Round> = {};
        for (const [key, value] of Object.entries(rest))
          if (value !== undefined) (changes as Record<string, unknown>)[key] = value;
        if (judgingOpensAt !== undefined) changes.judgingOpensAt = toDate(judgingOpensAt)!;
        if (judgingClosesAt !== undefined) changes.judgingClosesAt = toDate(judgingClosesAt)!;
        if (advancementRule !== undefined)
          changes.advancementRule = toAdvancementRule(advancementRule);
        const rubricChanges =
          criteria !== undefined && !sameRubric(round.criteria, toCriteria(criteria));
        if (rubricChanges) {
          if (round.rubricLockedAt) throw rubricLocked();
          changes.criteria = toCriteria(criteria);
        }
        const next = { ...round, ...changes };
        assertValid([
          ...rubricProblems(next.criteria),
          ...windowProblems(next.judgingOpensAt, next.judgingClosesAt),
          ...advancementRuleProblems(next.advancementRule, next.criteria),
        ]);
        if (changes.position !== undefined && changes.position !== round.position)
          await assertPositionFree(manager, round.contestId, changes.position, id);
        if (Object.keys(changes).length === 0) return toRoundResponse(round);

        const query = manager
          .createQueryBuilder()
          .update(Round)
          .set({ ...changes, version: () => 'version + 1' })
          .where('id = :id AND version = :version', { id, version: round.version });
        if (rubricChanges) query.andWhere('rubricLockedAt IS NULL');
        const result = await query.execute();
        if (!result.affected) {
          const now = await roundOrFail(manager, id);
          throw rubricChanges && now.rubricLockedAt ? rubricLocked() : staleVersion();
        }
        return toRoundResponse(await roundOrFail(manager, id));
      }),
    );
  }

  private async positionSafe<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error)) throw positionTaken();
      throw error;
    }
  }
}

const positionTaken = () =>
  new DomainError(ErrorCode.DUPLICATE_KEY, 'The contest already has a round at this position');

async function assertPositionFree(
  manager: EntityManager,
  contestId: string,
  position: number,
  exceptId?: string,
): Promise<void> {
  const where = exceptId ? { contestId, position, id: Not(exceptId) } : { contestId, position };
  if (await manager.exists(Round, { where })) throw positionTaken();
}

async function roundOrFail(manager: EntityManager, id: string): Promise<Round> {
  const round = await manager.findOne(Round, { where: { id } });
  if (!round) throw new DomainError(ErrorCode.NOT_FOUND, 'No such round');
  return round;
}

function toCriteria(list: Criterion[]): Criterion[] {
  return list.map((c) => ({
    key: c.key,
    labelVi: c.labelVi,
    labelEn: c.labelEn,
    guidanceVi: c.guidanceVi ?? null,
    guidanceEn: c.guidanceEn ?? null,
    weight: c.weight,
    maxScore: c.maxScore,
  }));
}

function windowProblems(opens: Date | null, closes: Date | null): FieldError[] {
  return opens && closes && opens.getTime() >= closes.getTime()
    ? [
        {
          field: 'judgingClosesAt',
          code: 'dateOrder',
          messages: ['judgingClosesAt must be after judgingOpensAt'],
        },
      ]
    : [];
}
