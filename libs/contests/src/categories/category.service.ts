import { Injectable } from '@nestjs/common';
import { EntityManager, Not } from 'typeorm';
import { DomainError, ErrorCode, isUniqueViolation, TransactionRunner } from '@app/platform';
import { effectiveRules } from '../eligibility/eligibility-rules';
import type { EligibilityRules } from '../eligibility/eligibility-rules';
import { compactRules, eligibilityProblems } from '../eligibility/eligibility-validation';
import type { Contest } from '../contests/contest.entity';
import { contestOrFail } from '../contests/contest-lookup';
import { CategoryUsage } from './category-usage';
import { assertValid } from '../contests/contest.service';
import { Category } from './category.entity';
import { CreateCategoryDto, UpdateCategoryDto } from './category.dto';
import { toCategoryResponse } from './category.mapper';
import type { CategoryResponse } from './category.mapper';

/** Categories (bảng) of a contest, each with its eligibility overrides. */
@Injectable()
export class CategoryService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly usage: CategoryUsage,
  ) {}

  async create(contestId: string, dto: CreateCategoryDto): Promise<CategoryResponse> {
    return this.keySafe(() =>
      this.tx.run(async (manager) => {
        const contest = await contestOrFail(manager, contestId);
        const overrides = compactRules(dto.eligibility as EligibilityRules | null | undefined);
        checkRules(contest, overrides);
        await assertKeyFree(manager, contestId, dto.key);
        const category = manager.create(Category, {
          contestId,
          key: dto.key,
          nameVi: dto.nameVi,
          nameEn: dto.nameEn,
          descriptionVi: dto.descriptionVi ?? null,
          descriptionEn: dto.descriptionEn ?? null,
          eligibility: overrides,
          position: dto.position ?? (await manager.count(Category, { where: { contestId } })),
        });
        await manager.insert(Category, category);
        return toCategoryResponse(category, contest.eligibility);
      }),
    );
  }

  async update(id: string, dto: UpdateCategoryDto): Promise<CategoryResponse> {
    return this.keySafe(() =>
      this.tx.run(async (manager) => {
        const category = await categoryOrFail(manager, id);
        const contest = await contestOrFail(manager, category.contestId);
        const { eligibility, ...rest } = dto;
        const changes: Partial<Category> = {};
        for (const [key, value] of Object.entries(rest))
          if (value !== undefined) (changes as Record<string, unknown>)[key] = value;
        if (eligibility !== undefined)
          changes.eligibility = compactRules(eligibility as EligibilityRules | null);
        checkRules(contest, changes.eligibility ?? category.eligibility);
        if (changes.key !== undefined && changes.key !== category.key)
          await assertKeyFree(manager, category.contestId, changes.key, id);
        if (Object.keys(changes).length > 0) await manager.update(Category, { id }, changes);
        return toCategoryResponse({ ...category, ...changes }, contest.eligibility);
      }),
    );
  }

  /** Only an unused category can go: entries keep pointing at theirs. */
  async remove(id: string): Promise<void> {
    await this.tx.run(async (manager) => {
      await categoryOrFail(manager, id);
      if (await this.usage.inUse(manager, id))
        throw new DomainError(
          ErrorCode.CATEGORY_IN_USE,
          'Entries use this category; move or delete them first',
        );
      await manager.delete(Category, { id });
    });
  }

  private async keySafe<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateKey();
      throw error;
    }
  }
}

const duplicateKey = () =>
  new DomainError(ErrorCode.DUPLICATE_KEY, 'The contest already has a category with this key');

async function assertKeyFree(
  manager: EntityManager,
  contestId: string,
  key: string,
  exceptId?: string,
) {
  const where = exceptId ? { contestId, key, id: Not(exceptId) } : { contestId, key };
  if (await manager.exists(Category, { where })) throw duplicateKey();
}

function checkRules(contest: Contest, overrides: EligibilityRules | null): void {
  assertValid(eligibilityProblems(overrides));
  assertValid(
    eligibilityProblems(effectiveRules(contest.eligibility, overrides), 'effectiveEligibility'),
  );
}

async function categoryOrFail(manager: EntityManager, id: string): Promise<Category> {
  const category = await manager.findOne(Category, { where: { id } });
  if (!category) throw new DomainError(ErrorCode.NOT_FOUND, 'No such category');
  return category;
}
