import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditService } from '@app/accounts';
import { DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import { ConflictService } from '../conflicts/conflict.service';
import { JudgeService } from '../judges/judge.service';
import { Assignment, AssignmentSource, AssignmentStatus } from './assignment.entity';
import type { AutoAssignSummary } from './assignment.dto';
import type { PlanInput } from './assignment-plan.types';
import { planAssignmentsInSteps } from './assignment-planner';
import { AssignmentDigest } from './assignment-digest';
import { AssignmentRepository } from './assignment.repository';
import { RoundEntryStatus } from './round-entry.entity';

export type ProgressListener = (percent: number) => void | Promise<void>;

/** Plans again when the assignments changed while planning; more than this is a busy round. */
const ATTEMPTS = 3;

/**
 * The automatic assignment of a round: reads the round's state, plans the min-cost flow
 * outside any transaction (it may take seconds), then writes the new assignments, the
 * audit row and the judges' digest mails in one transaction, provided the assignments
 * did not change meanwhile (otherwise it plans again).
 */
@Injectable()
export class AutoAssignmentService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly repository: AssignmentRepository,
    private readonly judges: JudgeService,
    private readonly conflicts: ConflictService,
    private readonly digest: AssignmentDigest,
    private readonly audit: AuditService,
  ) {}

  /** Entries of the round: the size that decides between running now and a queued job. */
  async entryCount(roundId: string): Promise<number> {
    const manager = this.tx.manager;
    await this.repository.round(manager, roundId);
    return (await this.repository.roundEntries(manager, roundId)).length;
  }

  async run(
    roundId: string,
    actorId: string | null,
    onProgress: ProgressListener = () => undefined,
  ): Promise<AutoAssignSummary> {
    for (let attempt = 1; ; attempt++) {
      const manager = this.tx.manager;
      const round = await this.repository.round(manager, roundId);
      if (round.decidedAt)
        throw new DomainError(
          ErrorCode.ROUND_DECIDED,
          'The round is decided: assignments are final',
        );
      await onProgress(5);
      const [judges, entries, active, conflicts] = await Promise.all([
        this.judges.acceptedJudges(round.contestId, manager),
        this.repository.roundEntries(manager, roundId),
        this.repository.active(manager, roundId),
        this.conflicts.conflictMatrix(round.contestId, manager),
      ]);
      // A team change can turn an assignment into a conflict: an unscored one is released
      // here and its place filled like any gap.
      const stale = active.filter(
        (a) => a.status === AssignmentStatus.assigned && conflicts.has(a.judgeUserId, a.entryId),
      );
      const kept = active.filter((a) => !stale.includes(a));
      const organisations = await this.repository.organisations(
        manager,
        kept.map((a) => a.judgeUserId),
      );
      const seen = fingerprint(active);
      const input: PlanInput = {
        reviewsPerEntry: round.reviewsPerEntry,
        maxLoadPerJudge: round.maxLoadPerJudge,
        judges,
        entries: entries
          .filter((e) => e.status === RoundEntryStatus.inRound)
          .map((e) => ({ ...e, label: e.code })),
        existing: kept.map((a) => ({
          entryId: a.entryId,
          judgeUserId: a.judgeUserId,
          organization: organisations.get(a.judgeUserId) ?? null,
        })),
        conflicts,
      };
      await onProgress(10);
      let reported = 10;
      const plan = await planAssignmentsInSteps(input, async (fraction) => {
        const percent = 10 + Math.floor(fraction * 80);
        if (percent > reported) await onProgress((reported = percent));
      });

      const batchId = randomUUID();
      const written = await this.tx.run(async (m) => {
        await this.repository.lockRound(m, roundId, this.tx.isSqlite);
        if (fingerprint(await this.repository.active(m, roundId)) !== seen) return false;
        if (stale.length > 0)
          await m.update(
            Assignment,
            { id: In(stale.map((a) => a.id)), status: AssignmentStatus.assigned },
            { status: AssignmentStatus.released },
          );
        const rows = plan.assignments.map((a) => ({
          roundId,
          entryId: a.entryId,
          judgeUserId: a.judgeUserId,
          status: AssignmentStatus.assigned,
          source: AssignmentSource.auto,
          dueAt: round.judgingClosesAt,
        }));
        await this.repository.insertMany(m, rows);
        await this.digest.enqueue(
          m,
          round,
          batchId,
          rows.map((r) => r.judgeUserId),
        );
        await this.audit.record(m, {
          actorId,
          action: 'assignments.auto',
          subjectType: 'round',
          subjectId: roundId,
          data: {
            batchId,
            created: rows.length,
            unfilled: plan.slots.unfilled,
            minLoad: plan.summary.min,
            maxLoad: plan.summary.max,
          },
        });
        return true;
      });
      if (written) {
        await onProgress(100);
        return {
          roundId,
          batchId,
          created: plan.assignments.length,
          slots: plan.slots,
          loads: plan.summary,
          unfilled: plan.unfilled,
        };
      }
      if (attempt >= ATTEMPTS)
        throw new DomainError(
          ErrorCode.CONFLICT,
          'The assignments of this round kept changing during planning; try again',
        );
    }
  }
}

function fingerprint(active: Assignment[]): string {
  return active
    .map((a) => `${a.entryId}|${a.judgeUserId}`)
    .sort()
    .join(',');
}
