import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService, Role } from '@app/accounts';
import { contestOrFail } from '@app/contests';
import { DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import { ConflictOfInterest, ConflictSource, ConflictSubject } from './conflict-of-interest.entity';
import { buildConflictMatrix, ConflictMatrix } from './conflict-matrix';
import { conflictValueOf } from './conflict-values';
import { ConflictRepository } from './conflict.repository';
import type { ConflictResponse, ContestConflictsResponse, RecordConflictDto } from './conflict.dto';
import { toConflictReasonResponse, toConflictResponse } from './conflict.mapper';

/** What a judge declares a conflict about: one entry, or anything of a person, organisation or domain. */
export type ConflictTarget =
  | { entryId: string }
  | { contestId: string; person: string }
  | { contestId: string; organization: string }
  | { contestId: string; emailDomain: string };

export interface ConflictActor {
  userId: string;
  role: Role;
}

/**
 * Conflicts of interest: declared by judges, recorded (pinned) by organizers, and detected
 * from the current teams every time they are asked for, so a team change counts at once.
 */
@Injectable()
export class ConflictService {
  constructor(
    private readonly repository: ConflictRepository,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** Every conflicted (judge, entry) pair of a contest: four queries, whatever its size. */
  async conflictMatrix(contestId: string, manager = this.tx.manager): Promise<ConflictMatrix> {
    const [judges, entries, members, conflicts] = await Promise.all([
      this.repository.judgesOf(manager, contestId),
      this.repository.entriesOf(manager, contestId),
      this.repository.membersOf(manager, contestId),
      this.repository.stored(manager, contestId),
    ]);
    return buildConflictMatrix({ judges, entries, members, conflicts });
  }

  async isConflicted(
    judgeUserId: string,
    entryId: string,
    manager = this.tx.manager,
  ): Promise<boolean> {
    const entry = await this.repository.entry(manager, entryId);
    const judge = await this.repository.judge(manager, judgeUserId);
    if (!entry || !judge) return false;
    const [members, conflicts] = await Promise.all([
      this.repository.membersOfEntry(manager, entryId),
      this.repository.stored(manager, entry.contestId, judgeUserId),
    ]);
    return buildConflictMatrix({ judges: [judge], entries: [entry], members, conflicts }).has(
      judgeUserId,
      entryId,
    );
  }

  /**
   * A judge's own declaration; declaring the same thing twice keeps one row. Pass the
   * manager of a surrounding transaction (e.g. releasing the assignment) to write in it.
   */
  async declare(
    judgeUserId: string,
    target: ConflictTarget,
    reason: string | null = null,
    manager?: EntityManager,
  ): Promise<ConflictResponse> {
    const work = async (m: EntityManager) => {
      const { contestId, subject, value } = await this.resolveTarget(m, target);
      // On an entry the caller has checked the assignment; in advance, the judge must be
      // one of the contest's.
      if (
        subject !== ConflictSubject.entry &&
        !(await this.repository.isJudgeOf(m, contestId, judgeUserId))
      )
        throw new DomainError(ErrorCode.NOT_FOUND, 'No such contest');
      const conflict = await this.findOrInsert(m, {
        contestId,
        judgeUserId,
        subject,
        value,
        source: ConflictSource.declared,
        reason,
        createdBy: judgeUserId,
      });
      return toConflictResponse(conflict);
    };
    return manager ? work(manager) : this.tx.run(work);
  }

  /** Recorded by organizers: pinned, the judge cannot withdraw it. */
  async record(
    actorId: string,
    contestId: string,
    input: RecordConflictDto,
  ): Promise<ConflictResponse> {
    return this.tx.run(async (manager) => {
      await contestOrFail(manager, contestId);
      if (!(await this.repository.isJudgeOf(manager, contestId, input.judgeUserId)))
        throw new DomainError(ErrorCode.NOT_FOUND, 'No such judge in this contest');
      const value = await this.valueInContest(manager, contestId, input.subject, input.value);
      const conflict = await this.findOrInsert(manager, {
        contestId,
        judgeUserId: input.judgeUserId,
        subject: input.subject,
        value,
        source: ConflictSource.recorded,
        reason: input.reason,
        createdBy: actorId,
      });
      await this.audit.record(manager, {
        actorId,
        action: 'conflict.recorded',
        subjectType: 'conflict',
        subjectId: conflict.id,
        data: { contestId, judgeUserId: input.judgeUserId, subject: input.subject, value },
      });
      return toConflictResponse(conflict);
    });
  }

  /**
   * A judge withdraws only their own declarations (another judge's row is not found); a
   * recorded conflict is the organizers' to remove, and only they can.
   */
  async remove(actor: ConflictActor, id: string): Promise<void> {
    await this.tx.run(async (manager) => {
      const conflict = await manager.findOne(ConflictOfInterest, { where: { id } });
      const organizer = actor.role === Role.organizer || actor.role === Role.admin;
      if (!conflict || (!organizer && conflict.judgeUserId !== actor.userId))
        throw new DomainError(ErrorCode.NOT_FOUND, 'No such conflict');
      if (organizer && conflict.source !== ConflictSource.recorded)
        throw new DomainError(ErrorCode.FORBIDDEN, 'Only the judge can withdraw a declaration');
      if (!organizer && conflict.source !== ConflictSource.declared)
        throw new DomainError(
          ErrorCode.FORBIDDEN,
          'This conflict was recorded by the organizers; only they can remove it',
        );
      await manager.delete(ConflictOfInterest, { id });
      if (organizer)
        await this.audit.record(manager, {
          actorId: actor.userId,
          action: 'conflict.removed',
          subjectType: 'conflict',
          subjectId: id,
          data: { contestId: conflict.contestId, judgeUserId: conflict.judgeUserId },
        });
    });
  }

  /** A judge's own declared and recorded conflicts; detected ones are not listed (they name teams). */
  async mine(judgeUserId: string, contestId?: string): Promise<ConflictResponse[]> {
    const rows = await this.tx.manager.find(ConflictOfInterest, {
      where: contestId ? { judgeUserId, contestId } : { judgeUserId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(toConflictResponse);
  }

  async forContest(contestId: string): Promise<ContestConflictsResponse> {
    const manager = this.tx.manager;
    await contestOrFail(manager, contestId);
    const [matrix, stored, labels] = await Promise.all([
      this.conflictMatrix(contestId, manager),
      this.repository.stored(manager, contestId),
      this.repository.entryLabelsOf(manager, contestId),
    ]);
    const pairs = [...matrix.pairs()];
    const users = await this.repository.usersById(manager, [
      ...stored.map((c) => c.judgeUserId),
      ...pairs.map((p) => p.judgeUserId),
    ]);
    const nameOf = (id: string) => users.get(id)?.fullName ?? '';
    return {
      conflicts: stored.map((c) => ({
        ...toConflictResponse(c),
        judgeName: nameOf(c.judgeUserId),
        judgeEmail: users.get(c.judgeUserId)?.email ?? '',
      })),
      pairs: pairs
        .map((p) => ({
          judgeUserId: p.judgeUserId,
          judgeName: nameOf(p.judgeUserId),
          entryId: p.entryId,
          entryCode: labels.get(p.entryId)?.code ?? '',
          entryTitle: labels.get(p.entryId)?.title ?? '',
          reasons: p.reasons.map(toConflictReasonResponse),
        }))
        .sort(
          (a, b) =>
            a.judgeName.localeCompare(b.judgeName, 'vi') ||
            a.judgeUserId.localeCompare(b.judgeUserId) ||
            a.entryCode.localeCompare(b.entryCode),
        ),
    };
  }

  private async resolveTarget(
    manager: EntityManager,
    target: ConflictTarget,
  ): Promise<{ contestId: string; subject: ConflictSubject; value: string }> {
    if ('entryId' in target) {
      const entry = await this.repository.entry(manager, target.entryId);
      if (!entry) throw new DomainError(ErrorCode.NOT_FOUND, 'No such entry');
      return { contestId: entry.contestId, subject: ConflictSubject.entry, value: entry.id };
    }
    const [subject, raw] =
      'person' in target
        ? [ConflictSubject.person, target.person]
        : 'organization' in target
          ? [ConflictSubject.organization, target.organization]
          : [ConflictSubject.emailDomain, target.emailDomain];
    return { contestId: target.contestId, subject, value: conflictValueOf(subject, raw) };
  }

  private async valueInContest(
    manager: EntityManager,
    contestId: string,
    subject: ConflictSubject,
    raw: string,
  ): Promise<string> {
    if (subject !== ConflictSubject.entry) return conflictValueOf(subject, raw);
    const entry = await this.repository.entry(manager, raw.trim().toLowerCase());
    if (!entry || entry.contestId !== contestId)
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'value must be an entry of the contest', [
        { field: 'value', messages: ['must be an entry of the contest'] },
      ]);
    return entry.id;
  }

  private async findOrInsert(
    manager: EntityManager,
    row: Omit<ConflictOfInterest, 'id' | 'createdAt'>,
  ): Promise<ConflictOfInterest> {
    const existing = await manager.findOne(ConflictOfInterest, {
      where: {
        contestId: row.contestId,
        judgeUserId: row.judgeUserId,
        subject: row.subject,
        value: row.value,
        source: row.source,
      },
    });
    if (existing) return existing;
    const conflict = manager.create(ConflictOfInterest, row);
    await manager.insert(ConflictOfInterest, conflict);
    return manager.findOneOrFail(ConflictOfInterest, { where: { id: conflict.id } });
  }
}
