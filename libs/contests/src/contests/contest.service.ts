import { Injectable } from '@nestjs/common';
import { EntityManager, Not } from 'typeorm';
import { DomainError, ErrorCode, isUniqueViolation, TransactionRunner } from '@app/platform';
import type { FieldError } from '@app/platform';
import { Category } from '../categories/category.entity';
import { effectiveRules } from '../eligibility/eligibility-rules';
import type { EligibilityRules } from '../eligibility/eligibility-rules';
import { compactRules, eligibilityProblems } from '../eligibility/eligibility-validation';
import { PrizeService } from '../prizes/prize.service';
import { CreateContestDto, UpdateContestDto } from './contest.dto';
import { Contest, ContestStatus } from './contest.entity';
import { toContestAdminResponse, toPublicContestResponse } from './contest.mapper';
import type { ContestAdminResponse, PublicContestResponse } from './contest.mapper';
import { contestOrFail } from './contest-lookup';
import type { ContestKey } from './contest-lookup';
import { ContestRepository } from './contest.repository';
import { isPublished } from './contest-status';

const toDate = (iso: string | null | undefined) =>
  iso === undefined ? undefined : iso === null ? null : new Date(iso);

/** Organizers configure contests; anyone reads the published ones. */
@Injectable()
export class ContestService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly repository: ContestRepository,
    private readonly prizes: PrizeService,
  ) {}

  async listPublished(now = new Date()): Promise<PublicContestResponse[]> {
    const contests = await this.repository.findPublished();
    const parts = await this.repository.partsOf(contests.map((c) => c.id));
    return contests.map((c) => toPublicContestResponse(c, parts.get(c.id)!, now));
  }

  /** A draft is visible to organizers only; to anyone else it does not exist. */
  /** A published contest by its id or its slug (drafts only for those who see them). */
  async getPublished(key: ContestKey, canSeeDrafts: boolean): Promise<PublicContestResponse> {
    const contest = await this.tx.manager.findOne(Contest, { where: key });
    if (!contest || (!isPublished(contest.status) && !canSeeDrafts))
      throw new DomainError(ErrorCode.NOT_FOUND, 'No such contest');
    return toPublicContestResponse(contest, await this.repository.partsOfOne(contest.id));
  }

  async getForOrganizers(id: string): Promise<ContestAdminResponse> {
    const contest = await this.findOrFail(this.tx.manager, id);
    return toContestAdminResponse(contest, await this.repository.partsOfOne(contest.id));
  }

  /**
   * A new contest starts as a draft, invisible to the public until it is opened. Its
   * prizes, when sent, are written to the one prize list in the same transaction.
   */
  async create(actorId: string, dto: CreateContestDto): Promise<ContestAdminResponse> {
    const values: Partial<Contest> = {
      slug: dto.slug,
      codePrefix: dto.codePrefix,
      nameVi: dto.nameVi,
      nameEn: dto.nameEn,
      kind: dto.kind,
      descriptionVi: dto.descriptionVi,
      descriptionEn: dto.descriptionEn,
      rulesVi: dto.rulesVi ?? null,
      rulesEn: dto.rulesEn ?? null,
      status: ContestStatus.draft,
      registrationOpensAt: toDate(dto.registrationOpensAt) ?? null,
      submissionDeadline: toDate(dto.submissionDeadline) ?? null,
      graceMinutes: dto.graceMinutes ?? 0,
      blindJudging: dto.blindJudging ?? false,
      eligibility: compactRules(dto.eligibility as EligibilityRules | null | undefined),
      fields: dto.fields ?? [],
    };
    assertValid(checkContest(values as Contest, []));
    const id = await this.slugSafe(() =>
      this.tx.run(async (manager) => {
        await this.assertUnique(manager, { slug: values.slug!, codePrefix: values.codePrefix! });
        const contest = manager.create(Contest, values);
        await manager.insert(Contest, contest);
        if (dto.prizes) await this.prizes.replaceList(manager, actorId, contest.id, dto.prizes);
        return contest.id;
      }),
    );
    return this.getForOrganizers(id);
  }

  /** `prizes`, when sent, replaces the one prize list whole (PrizeService.replaceList). */
  async update(actorId: string, id: string, dto: UpdateContestDto): Promise<ContestAdminResponse> {
    await this.slugSafe(() =>
      this.tx.run(async (manager) => {
        const current = await this.findOrFail(manager, id);
        const changes = changesOf(dto);
        const next = { ...current, ...changes } as Contest;
        const categories = await manager.find(Category, { where: { contestId: id } });
        assertValid(checkContest(next, categories));
        if (
          changes.codePrefix !== undefined &&
          changes.codePrefix !== current.codePrefix &&
          current.lastEntryNumber > 0
        )
          throw new DomainError(
            ErrorCode.CONFLICT,
            'The code prefix cannot change once entries have codes',
          );
        await this.assertUnique(
          manager,
          {
            slug: changes.slug !== current.slug ? changes.slug : undefined,
            codePrefix: changes.codePrefix !== current.codePrefix ? changes.codePrefix : undefined,
          },
          id,
        );
        if (dto.prizes !== undefined)
          await this.prizes.replaceList(manager, actorId, id, dto.prizes ?? []);
        if (Object.keys(changes).length === 0) return;
        // Conditional on the status read above: a status change meanwhile (its own route)
        // makes this save stale rather than silently mixed with it.
        const result = await manager.update(Contest, { id, status: current.status }, changes);
        if (!result.affected)
          throw new DomainError(
            ErrorCode.STALE_VERSION,
            'The contest changed meanwhile; reload it',
          );
      }),
    );
    return this.getForOrganizers(id);
  }

  private findOrFail(manager: EntityManager, id: string): Promise<Contest> {
    return contestOrFail(manager, id);
  }

  /**
   * Slugs name contests in links; code prefixes make entry codes (QNG5-0042) unique
   * across contests. Both must be free.
   */
  private async assertUnique(
    manager: EntityManager,
    wanted: { slug?: string; codePrefix?: string },
    exceptId?: string,
  ) {
    const other = exceptId ? { id: Not(exceptId) } : {};
    if (wanted.slug && (await manager.exists(Contest, { where: { slug: wanted.slug, ...other } })))
      throw new DomainError(ErrorCode.SLUG_TAKEN, 'Another contest already uses this slug');
    if (
      wanted.codePrefix &&
      (await manager.exists(Contest, { where: { codePrefix: wanted.codePrefix, ...other } }))
    )
      throw new DomainError(
        ErrorCode.CODE_PREFIX_TAKEN,
        'Another contest already uses this code prefix',
      );
  }

  /** Two creations racing for one slug or prefix: the unique indexes decide. */
  private async slugSafe<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error))
        throw new DomainError(
          ErrorCode.SLUG_TAKEN,
          'Another contest already uses this slug or code prefix',
        );
      throw error;
    }
  }
}

function changesOf(dto: UpdateContestDto): Partial<Contest> {
  // Prizes live in their own table (PrizeService), not on the contest row.
  const { registrationOpensAt, submissionDeadline, eligibility, prizes: _prizes, ...rest } = dto;
  const changes: Partial<Contest> = {};
  for (const [key, value] of Object.entries(rest))
    if (value !== undefined) (changes as Record<string, unknown>)[key] = value;
  if (registrationOpensAt !== undefined) changes.registrationOpensAt = toDate(registrationOpensAt)!;
  if (submissionDeadline !== undefined) changes.submissionDeadline = toDate(submissionDeadline)!;
  if (eligibility !== undefined)
    changes.eligibility = compactRules(eligibility as EligibilityRules | null);
  if (rest.fields === null) changes.fields = [];
  return changes;
}

/** Rules across fields: windows in order, eligibility coherent, also for each category once merged. */
function checkContest(contest: Contest, categories: Category[]): FieldError[] {
  const problems = eligibilityProblems(contest.eligibility);
  const opens = contest.registrationOpensAt;
  const deadline = contest.submissionDeadline;
  if (opens && deadline && new Date(opens).getTime() >= new Date(deadline).getTime())
    problems.push({
      field: 'submissionDeadline',
      code: 'dateOrder',
      messages: ['submissionDeadline must be after registrationOpensAt'],
    });
  for (const category of categories)
    problems.push(
      ...eligibilityProblems(
        effectiveRules(contest.eligibility, category.eligibility),
        `categories.${category.key}.effectiveEligibility`,
      ),
    );
  return problems;
}

export function assertValid(problems: FieldError[]): void {
  if (problems.length > 0)
    throw new DomainError(ErrorCode.VALIDATION_FAILED, 'The request is not valid', problems);
}
