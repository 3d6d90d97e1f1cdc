import { Injectable } from '@nestjs/common';
import { In, Not } from 'typeorm';
import type { Readable } from 'node:stream';
import { User } from '@app/accounts';
import { rubricMaximum } from '@app/contests';
import { Entry } from '@app/entries';
import { DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import { Assignment, AssignmentStatus } from '../assignment/assignment.entity';
import { AdvancementService } from '../advancement/advancement.service';
import { loadRoundContext, reasonNames } from '../advancement/round-context';
import { Score, ScoreStatus } from '../scoring/score.entity';
import { renderJudgingMinutes } from './judging-minutes.pdf';
import { renderScoreSheet } from './score-sheet.pdf';

export interface PdfFile {
  stream: Readable;
  fileName: string;
}

/** The round's paperwork for the province: judges' score sheets and the judging minutes. */
@Injectable()
export class PaperworkService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly advancement: AdvancementService,
  ) {}

  /** The judges with assignments in the round, for links to their score sheets. */
  async judgesOf(roundId: string): Promise<{ userId: string; fullName: string }[]> {
    const manager = this.tx.manager;
    const assignments = await manager.find(Assignment, {
      where: { roundId, status: Not(AssignmentStatus.released) },
      select: { judgeUserId: true },
    });
    const ids = [...new Set(assignments.map((a) => a.judgeUserId))];
    if (ids.length === 0) return [];
    const users = await manager.find(User, {
      where: { id: In(ids) },
      select: { id: true, fullName: true },
      order: { fullName: 'ASC' },
    });
    return users.map((u) => ({ userId: u.id, fullName: u.fullName }));
  }

  /** Phiếu chấm điểm of one judge; 404 for a user without assignments in the round. */
  async scoreSheet(roundId: string, judgeUserId: string): Promise<PdfFile> {
    const manager = this.tx.manager;
    const context = await loadRoundContext(manager, roundId);
    const assignments = await manager.find(Assignment, {
      where: { roundId, judgeUserId, status: Not(AssignmentStatus.released) },
    });
    const judge = await manager.findOneBy(User, { id: judgeUserId });
    if (!judge || assignments.length === 0)
      throw new DomainError(ErrorCode.NOT_FOUND, 'This judge has no assignments in the round');
    const entryIds = assignments.map((a) => a.entryId);
    const entries = await manager.findBy(Entry, { id: In(entryIds) });
    const scores = await manager.findBy(Score, { roundId, judgeUserId, entryId: In(entryIds) });
    const { round, contest } = context;
    const rows = entries
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((entry) => {
        const score = scores.find((s) => s.entryId === entry.id);
        return {
          code: entry.code,
          title: contest.blindJudging ? null : entry.title,
          values: score?.values ?? null,
          total: score
            ? round.criteria.reduce((sum, c) => sum + c.weight * (score.values[c.key] ?? 0), 0)
            : null,
          submitted: score?.status === ScoreStatus.submitted,
          commentForTeam: score?.commentForTeam ?? null,
          noteForOrganizers: score?.noteForOrganizers ?? null,
        };
      });
    const doc = renderScoreSheet({
      contestName: contest.nameVi,
      roundName: round.nameVi,
      judgeName: judge.fullName,
      criteria: round.criteria,
      maximum: rubricMaximum(round.criteria),
      rows,
      printedAt: new Date(),
    });
    doc.end();
    return {
      stream: doc,
      fileName: `phieu-cham-diem-vong-${round.position}-${judge.id.slice(0, 8)}.pdf`,
    };
  }

  /** Biên bản chấm of a round: the proposal until the round is decided, then the decision. */
  async minutes(roundId: string): Promise<PdfFile> {
    const manager = this.tx.manager;
    const context = await loadRoundContext(manager, roundId);
    const view = await this.advancement.view(roundId);
    const submitted = await manager.find(Score, {
      where: { roundId, status: ScoreStatus.submitted },
      select: { judgeUserId: true },
    });
    const organizerIds = [
      ...new Set(view.overrides.flatMap((o) => [o.proposedBy, o.confirmedBy ?? o.proposedBy])),
    ];
    const organizers = organizerIds.length
      ? await manager.find(User, {
          where: { id: In(organizerIds) },
          select: { id: true, fullName: true },
        })
      : [];
    const nameOf = (id: string) => organizers.find((u) => u.id === id)?.fullName ?? id;
    const doc = renderJudgingMinutes({
      contestName: context.contest.nameVi,
      roundName: context.round.nameVi,
      method: view.method,
      rule: view.rule,
      decidedAt: context.round.decidedAt,
      judgeCount: new Set(submitted.map((s) => s.judgeUserId)).size,
      scoreCount: submitted.length,
      entries: view.entries,
      trails: view.trails,
      overrides: view.overrides.map((o) => ({
        ...o,
        code: view.entries.find((e) => e.entryId === o.entryId)?.code ?? o.entryId,
        proposedByName: nameOf(o.proposedBy),
        confirmedByName: o.confirmedBy ? nameOf(o.confirmedBy) : null,
      })),
      names: reasonNames(context, 'vi'),
      printedAt: new Date(),
    });
    doc.end();
    return { stream: doc, fileName: `bien-ban-cham-vong-${context.round.position}.pdf` };
  }
}
