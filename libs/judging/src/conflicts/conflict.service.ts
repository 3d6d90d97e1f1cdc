import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '@app/accounts';
import { contestOrFail } from '@app/contests';
import { DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import {
  ConflictOfInterest,
  ConflictSource,
  ConflictStatus,
  ConflictSubject,
} from './conflict-of-interest.entity';
import { buildConflictMatrix, ConflictMatrix } from './conflict-matrix';
import type { ConflictMatrixInput, EntryProfile, JudgeProfile } from './conflict-matrix';
import { conflictValueOf } from './conflict-values';
import { ConflictRepository } from './conflict.repository';
import type {
  ConflictResponse,
  ConflictReviewResponse,
  ContestConflictsResponse,
  RecordConflictDto,
} from './conflict.dto';
import { toConflictReasonResponse, toConflictResponse } from './conflict.mapper';

/**
 * Conflicts of interest: declared by judges, recorded (pinned) by organizers, and detected
 * from the current teams every time they are asked for, so a team change counts at once.
 * Only effective conflicts count; a judge's declarations in advance, and their review,
 * are `ConflictDeclarationService`'s.
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
    const [profiles, conflicts] = await Promise.all([
      this.profiles(manager, contestId),
      this.repository.effective(manager, contestId),
    ]);
    return buildConflictMatrix({ ...profiles, conflicts });
  }

  /**
   * One judge's conflicts among some entries of a contest (the judge's profile and the
   * entries' come with the caller, so they are not read again): the same rules as the
   * contest's matrix (built by the same function), fed only with this judge and these
   * entries, so a judge's queue costs what the judge holds, not what the contest holds.
   * Every rule compares one judge with one entry's own facts, so nothing outside them can
   * matter.
   */
  async judgeMatrix(
    contestId: string,
    judge: JudgeProfile,
    entries: EntryProfile[],
    manager = this.tx.manager,
  ): Promise<ConflictMatrix> {
    const entryIds = entries.map((entry) => entry.id);
    const [members, conflicts] = await Promise.all([
      this.repository.membersOfEntries(manager, entryIds),
      this.repository.effective(manager, contestId, judge.userId),
    ]);
    return buildConflictMatrix({ judges: [judge], entries, members, conflicts });
  }

  async isConflicted(
    judgeUserId: string,
    entryId: string,
    manager = this.tx.manager,
  ): Promise<boolean> {
    const judge = await this.repository.judge(manager, judgeUserId);
    return judge !== null && this.isJudgeConflicted(judge, entryId, manager);
  }

  /** `isConflicted` for a judge whose profile the caller holds (the signed-in judge). */
  async isJudgeConflicted(
    judge: JudgeProfile,
    entryId: string,
    manager = this.tx.manager,
  ): Promise<boolean> {
    const entry = await this.repository.entry(manager, entryId);
    if (!entry) return false;
    const [members, conflicts] = await Promise.all([
      this.repository.membersOfEntries(manager, [entryId]),
      this.repository.effective(manager, entry.contestId, judge.userId),
    ]);
    return buildConflictMatrix({ judges: [judge], entries: [entry], members, conflicts }).has(
      judge.userId,
      entryId,
    );
  }

  /**
   * A judge's conflict with one entry they are assigned (the caller has checked the
   * assignment): it names the entry, so it reveals nothing and applies at once. Declaring
   * it twice keeps one row. Written in the caller's transaction.
   */
  async declareOnEntry(
    judgeUserId: string,
    entryId: string,
    reason: string | null,
    manager: EntityManager,
  ): Promise<ConflictResponse> {
    const entry = await this.repository.entry(manager, entryId);
    if (!entry) throw new DomainError(ErrorCode.NOT_FOUND, 'No such entry');
    const conflict = await this.repository.findOrInsert(manager, {
      contestId: entry.contestId,
      judgeUserId,
      subject: ConflictSubject.entry,
      value: entry.id,
      source: ConflictSource.declared,
      reason,
      status: ConflictStatus.effective,
      createdBy: judgeUserId,
    });
    return toConflictResponse(conflict);
  }

  /** Recorded by organizers: pinned and effective at once; the judge cannot withdraw it. */
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
      const conflict = await this.repository.findOrInsert(manager, {
        contestId,
        judgeUserId: input.judgeUserId,
        subject: input.subject,
        value,
        source: ConflictSource.recorded,
        reason: input.reason,
        status: ConflictStatus.effective,
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
   * A judge's own declared and recorded conflicts with their status. Detected ones are not
   * listed, and nothing here says what a declaration matched: both would name teams.
   */
  async mine(judgeUserId: string, contestId?: string): Promise<ConflictResponse[]> {
    const rows = await this.tx.manager.find(ConflictOfInterest, {
      where: contestId ? { judgeUserId, contestId } : { judgeUserId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(toConflictResponse);
  }

  /**
   * A stored conflict as an item of this contest: the organizer's pages act on a conflict
   * under a contest's address, and another contest's conflict is not found there.
   */
  async ofContest(contestId: string, id: string): Promise<ConflictResponse> {
    const row = await this.tx.manager.findOneBy(ConflictOfInterest, { id, contestId });
    if (!row) throw new DomainError(ErrorCode.NOT_FOUND, 'No such conflict');
    return toConflictResponse(row);
  }

  /** For organizers: every stored conflict, the effective pairs, and what each pending declaration would match. */
  async forContest(contestId: string): Promise<ContestConflictsResponse> {
    const manager = this.tx.manager;
    await contestOrFail(manager, contestId);
    const [profiles, stored, labels, active] = await Promise.all([
      this.profiles(manager, contestId),
      this.repository.stored(manager, contestId),
      this.repository.entryLabelsOf(manager, contestId),
      this.repository.activeAssignments(manager, contestId),
    ]);
    const effective = stored.filter((c) => c.status === ConflictStatus.effective);
    const pending = stored.filter((c) => c.status === ConflictStatus.pending);
    const matrix = buildConflictMatrix({ ...profiles, conflicts: effective });
    // As if every pending declaration were accepted: what accepting one would match.
    const preview = buildConflictMatrix({ ...profiles, conflicts: pending, judges: [] });
    const pairs = [...matrix.pairs()];
    const users = await this.repository.usersById(manager, [
      ...stored.map((c) => c.judgeUserId),
      ...pairs.map((p) => p.judgeUserId),
    ]);
    const nameOf = (id: string) => users.get(id)?.fullName ?? '';
    const withJudge = (c: ConflictOfInterest) => ({
      ...toConflictResponse(c),
      judgeName: nameOf(c.judgeUserId),
      judgeEmail: users.get(c.judgeUserId)?.email ?? '',
    });
    const reviews = pending.map((c): ConflictReviewResponse => ({
      conflict: withJudge(c),
      matches: [...preview.entriesOf(c.judgeUserId)]
        .filter((entryId) =>
          preview.reasons(c.judgeUserId, entryId).some((r) => conflictIdOf(r) === c.id),
        )
        .map((entryId) => ({
          entryId,
          entryCode: labels.get(entryId)?.code ?? '',
          entryTitle: labels.get(entryId)?.title ?? '',
          assignmentIds: active
            .filter((a) => a.judgeUserId === c.judgeUserId && a.entryId === entryId)
            .map((a) => a.id),
        }))
        .sort((a, b) => a.entryCode.localeCompare(b.entryCode)),
    }));
    return {
      conflicts: stored.map(withJudge),
      reviews,
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

  private async profiles(
    manager: EntityManager,
    contestId: string,
  ): Promise<Omit<ConflictMatrixInput, 'conflicts'>> {
    const [judges, entries, members] = await Promise.all([
      this.repository.judgesOf(manager, contestId),
      this.repository.entriesOf(manager, contestId),
      this.repository.membersOf(manager, contestId),
    ]);
    return { judges, entries, members };
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
        { field: 'value', code: 'notInContest', messages: ['must be an entry of the contest'] },
      ]);
    return entry.id;
  }
}

export function conflictIdOf(reason: { source: string }): string | null {
  return 'conflictId' in reason ? (reason.conflictId as string) : null;
}
