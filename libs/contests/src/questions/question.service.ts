import { Injectable } from '@nestjs/common';
import { EntityManager, Not } from 'typeorm';
import { DomainError, ErrorCode, isUniqueViolation, TransactionRunner } from '@app/platform';
import type { FieldError } from '@app/platform';
import { contestOrFail } from '../contests/contest-lookup';
import { assertValid } from '../contests/contest.service';
import { ContestQuestion, QuestionKind } from './contest-question.entity';
import { CHOICE_OPTIONS, CreateQuestionDto, UpdateQuestionDto } from './question.dto';
import { toQuestionResponse } from './question.mapper';
import type { QuestionResponse } from './question.mapper';

/** Extra questions of a contest's entry form. */
@Injectable()
export class QuestionService {
  constructor(private readonly tx: TransactionRunner) {}

  async create(contestId: string, dto: CreateQuestionDto): Promise<QuestionResponse> {
    const options = dto.options ?? null;
    assertValid(optionProblems(dto.kind, options));
    return this.keySafe(() =>
      this.tx.run(async (manager) => {
        await contestOrFail(manager, contestId);
        await assertKeyFree(manager, contestId, dto.key);
        const question = manager.create(ContestQuestion, {
          contestId,
          key: dto.key,
          labelVi: dto.labelVi,
          labelEn: dto.labelEn,
          kind: dto.kind,
          required: dto.required ?? false,
          options: dto.kind === QuestionKind.choice ? options : null,
          position:
            dto.position ?? (await manager.count(ContestQuestion, { where: { contestId } })),
        });
        await manager.insert(ContestQuestion, question);
        return toQuestionResponse(question);
      }),
    );
  }

  /** Changing the kind away from `choice` drops its options; to `choice` needs them. */
  async update(id: string, dto: UpdateQuestionDto): Promise<QuestionResponse> {
    return this.keySafe(() =>
      this.tx.run(async (manager) => {
        const question = await questionOrFail(manager, id);
        const changes: Partial<ContestQuestion> = {};
        for (const [key, value] of Object.entries(dto))
          if (value !== undefined) (changes as Record<string, unknown>)[key] = value;
        const next = { ...question, ...changes };
        if (next.kind !== QuestionKind.choice && dto.options === undefined) next.options = null;
        assertValid(optionProblems(next.kind, next.options));
        if (next.kind !== QuestionKind.choice) changes.options = null;
        if (changes.key !== undefined && changes.key !== question.key)
          await assertKeyFree(manager, question.contestId, changes.key, id);
        await manager.update(ContestQuestion, { id }, changes);
        return toQuestionResponse(next);
      }),
    );
  }

  async remove(id: string): Promise<void> {
    await this.tx.run(async (manager) => {
      await questionOrFail(manager, id);
      await manager.delete(ContestQuestion, { id });
    });
  }

  private async keySafe<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error)) throw keyTaken();
      throw error;
    }
  }
}

const keyTaken = () =>
  new DomainError(ErrorCode.DUPLICATE_KEY, 'The contest already has a question with this key');

function optionProblems(kind: QuestionKind, options: string[] | null): FieldError[] {
  if (kind === QuestionKind.choice) {
    const count = options?.length ?? 0;
    return count >= CHOICE_OPTIONS.min && count <= CHOICE_OPTIONS.max
      ? []
      : [
          {
            field: 'options',
            code: 'choiceOptions',
            messages: ['a choice question needs 2 to 50 options'],
          },
        ];
  }
  return options && options.length > 0
    ? [
        {
          field: 'options',
          code: 'choiceOptions',
          messages: ['only a choice question has options'],
        },
      ]
    : [];
}

async function assertKeyFree(
  manager: EntityManager,
  contestId: string,
  key: string,
  exceptId?: string,
): Promise<void> {
  const where = exceptId ? { contestId, key, id: Not(exceptId) } : { contestId, key };
  if (await manager.exists(ContestQuestion, { where })) throw keyTaken();
}

async function questionOrFail(manager: EntityManager, id: string): Promise<ContestQuestion> {
  const question = await manager.findOne(ContestQuestion, { where: { id } });
  if (!question) throw new DomainError(ErrorCode.NOT_FOUND, 'No such question');
  return question;
}
