import { Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { Category, Contest, ContestQuestion, QuestionKind, Round } from '@app/contests';
import { Attachment, AttachmentService, Entry, snapshotContent, TeamMember } from '@app/entries';
import { toVietnamIsoOrNull, TransactionRunner } from '@app/platform';
import { AssignmentStatus } from '../assignment/assignment.entity';
import type { JudgeProfile } from '../conflicts/conflict-matrix';
import { ConflictService } from '../conflicts/conflict.service';
import { BlindFiles } from '../visibility/blind-files';
import { visiblePeerScores } from '../visibility/score-visibility';
import type { AnonymousScoreView } from '../visibility/score-visibility';
import { JudgeAssignmentAccess, notFound } from './judge-assignment-access';
import {
  CriterionView,
  JudgeEntryView,
  neutralFileNames,
  toCriterionView,
  toJudgeEntryView,
} from './judge-entry-view';
import { judgingWindowState, JudgingWindowState } from './judging-window';
import { Score, ScoreStatus } from './score.entity';
import { OwnScoreView, toOwnScoreView } from './score.mapper';
import { totalOf } from './score-validation';
import { QueueRow, ScoringRepository } from './scoring.repository';

export interface RoundSummary {
  id: string;
  contestId: string;
  contestNameVi: string;
  contestNameEn: string;
  nameVi: string;
  nameEn: string;
  judgingOpensAt: string | null;
  judgingClosesAt: string | null;
  window: JudgingWindowState;
  progress: { scored: number; total: number };
}

export interface QueueItem {
  assignmentId: string;
  roundId: string;
  status: AssignmentStatus;
  dueAt: string | null;
  roundClosesAt: string | null;
  entry: { code: string; title: string; categoryKey: string | null };
}

export interface JudgeQueue {
  progress: { scored: number; total: number };
  next: QueueItem | null;
  rounds: RoundSummary[];
  items: QueueItem[];
}

export interface AssignmentView {
  id: string;
  status: AssignmentStatus;
  dueAt: string | null;
  round: RoundSummary;
  blind: boolean;
  readOnly: boolean;
  entry: JudgeEntryView;
  rubric: CriterionView[];
  score: OwnScoreView | null;
  /** Null unless the round lets judges see the others' scores after submitting their own. */
  otherScores: AnonymousScoreView[] | null;
}

export interface JudgeFileDownload {
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  stream: Readable;
}

const fileUrl = (assignmentId: string) => (attachmentId: string) =>
  `/api/v1/judging/assignments/${assignmentId}/files/${attachmentId}`;

/** What a judge reads: the queue, one assignment with its entry and rubric, its files. */
@Injectable()
export class JudgeQueueService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly repository: ScoringRepository,
    private readonly access: JudgeAssignmentAccess,
    private readonly conflicts: ConflictService,
    private readonly attachments: AttachmentService,
    private readonly blindFiles: BlindFiles,
  ) {}

  /** The judge is the signed-in caller: their profile comes with the request, not read again. */
  async queue(judge: JudgeProfile, now = new Date()): Promise<JudgeQueue> {
    const rows = await this.visibleRows(judge);
    const rounds = new Map<string, RoundSummary>();
    const items = rows.map((row): QueueItem => {
      const round = rounds.get(row.roundId) ?? roundSummaryOf(row, now);
      rounds.set(row.roundId, round);
      round.progress.total++;
      if (row.status === AssignmentStatus.scored) round.progress.scored++;
      return {
        assignmentId: row.assignmentId,
        roundId: row.roundId,
        status: row.status,
        dueAt: toVietnamIsoOrNull(row.dueAt),
        roundClosesAt: toVietnamIsoOrNull(row.judgingClosesAt),
        entry: {
          code: row.code,
          title: row.title,
          categoryKey: row.categoryKey,
        },
      };
    });
    items.sort(byDueDate(rows));
    const scored = items.filter((item) => item.status === AssignmentStatus.scored).length;
    const next = items.find((item) => {
      const round = rounds.get(item.roundId)!;
      return item.status !== AssignmentStatus.scored && round.window !== 'closed';
    });
    return {
      progress: { scored, total: items.length },
      next: next ?? null,
      rounds: [...rounds.values()],
      items,
    };
  }

  async assignment(judge: JudgeProfile, assignmentId: string): Promise<AssignmentView> {
    const judgeUserId = judge.userId;
    const manager = this.tx.manager;
    const { assignment, round, contest } = await this.access.load(manager, judge, assignmentId);
    const snapshot = await this.snapshotOf(assignment.entryId);
    const scores = await manager.findBy(Score, { entryId: assignment.entryId, roundId: round.id });
    const own = scores.find((s) => s.assignmentId === assignment.id) ?? null;
    const window = judgingWindowState(round, new Date());
    const peers = scores
      .filter((s) => s.status === ScoreStatus.submitted)
      .map((s) => ({ ...s, total: totalOf(s.values) }));
    const progress = await this.roundProgress(judge, round.id);
    return {
      id: assignment.id,
      status: assignment.status,
      dueAt: toVietnamIsoOrNull(assignment.dueAt),
      round: { ...roundSummaryOf(rowOfRound(round, contest), new Date()), progress },
      blind: contest.blindJudging,
      readOnly: window !== 'open',
      entry: toJudgeEntryView(snapshot, {
        blind: contest.blindJudging,
        fileUrl: fileUrl(assignment.id),
        withheldAnswers: contest.blindJudging ? await this.freeTextQuestionKeys(contest.id) : [],
      }),
      rubric: round.criteria.map(toCriterionView),
      score: own ? toOwnScoreView(own) : null,
      otherScores: visiblePeerScores(
        round.visibility,
        own?.status === ScoreStatus.submitted,
        judgeUserId,
        peers,
      ),
    };
  }

  /**
   * In a blind contest, answers typed freely (text, URL) may name the team or its school,
   * so judges see only the answers to choice and number questions.
   */
  private async freeTextQuestionKeys(contestId: string): Promise<string[]> {
    const questions = await this.tx.manager.findBy(ContestQuestion, { contestId });
    return questions
      .filter((q) => q.kind !== QuestionKind.choice && q.kind !== QuestionKind.number)
      .map((q) => q.key);
  }

  /** A file of the submitted version; in a blind contest named neutrally and without metadata. */
  async openFile(
    judge: JudgeProfile,
    assignmentId: string,
    attachmentId: string,
  ): Promise<JudgeFileDownload> {
    const { assignment, contest } = await this.access.load(this.tx.manager, judge, assignmentId);
    const snapshot = await this.snapshotOf(assignment.entryId);
    const listed = (snapshot.attachments ?? []) as Array<{
      id: string;
      kind: string;
      mediaType: string;
    }>;
    const index = listed.findIndex((a) => a.id === attachmentId);
    if (index < 0) throw notFound();
    const file = await this.attachments.openStored(assignment.entryId, attachmentId);
    if (!contest.blindJudging) return file;
    const fileName = neutralFileNames(String(snapshot.code ?? ''), listed)[index];
    return this.blindFiles.anonymise({ ...file, fileName });
  }

  private async visibleRows(judge: JudgeProfile): Promise<QueueRow[]> {
    const judgeUserId = judge.userId;
    const rows = await this.repository.queueRows(judgeUserId);
    const visible: QueueRow[] = [];
    for (const contestId of new Set(rows.map((row) => row.contestId))) {
      const mine = rows.filter((row) => row.contestId === contestId);
      const matrix = await this.conflicts.judgeMatrix(
        contestId,
        judge,
        mine.map((row) => ({ id: row.entryId, organization: row.organization })),
      );
      for (const row of mine) if (!matrix.has(judgeUserId, row.entryId)) visible.push(row);
    }
    return visible;
  }

  private async roundProgress(
    judge: JudgeProfile,
    roundId: string,
  ): Promise<{ scored: number; total: number }> {
    const rows = (await this.visibleRows(judge)).filter((row) => row.roundId === roundId);
    const scored = rows.filter((row) => row.status === AssignmentStatus.scored).length;
    return { scored, total: rows.length };
  }

  /** The last snapshot; an entry never snapshotted (entered by hand) is read as it stands. */
  private async snapshotOf(entryId: string): Promise<Record<string, unknown>> {
    const snapshot = (await this.repository.latestSnapshots([entryId])).get(entryId);
    if (snapshot) return snapshot;
    const manager = this.tx.manager;
    const entry = await manager.findOneBy(Entry, { id: entryId });
    if (!entry) throw notFound();
    const category = await manager.findOneBy(Category, { id: entry.categoryId });
    const members = await manager.find(TeamMember, {
      where: { entryId },
      order: { position: 'ASC' },
    });
    const files = await manager.find(Attachment, {
      where: { entryId },
      order: { createdAt: 'ASC' },
    });
    return snapshotContent(entry, category?.key ?? null, members, files);
  }
}

function rowOfRound(round: Round, contest: Contest): QueueRow {
  return {
    roundId: round.id,
    contestId: contest.id,
    contestNameVi: contest.nameVi,
    contestNameEn: contest.nameEn,
    roundNameVi: round.nameVi,
    roundNameEn: round.nameEn,
    judgingOpensAt: round.judgingOpensAt,
    judgingClosesAt: round.judgingClosesAt,
    decidedAt: round.decidedAt,
  } as QueueRow;
}

function roundSummaryOf(row: QueueRow, now: Date): RoundSummary {
  return {
    id: row.roundId,
    contestId: row.contestId,
    contestNameVi: row.contestNameVi,
    contestNameEn: row.contestNameEn,
    nameVi: row.roundNameVi,
    nameEn: row.roundNameEn,
    judgingOpensAt: toVietnamIsoOrNull(row.judgingOpensAt),
    judgingClosesAt: toVietnamIsoOrNull(row.judgingClosesAt),
    window: judgingWindowState(row, now),
    progress: { scored: 0, total: 0 },
  };
}

/** Unscored first, then by due date (none last), the round's close and the entry code. */
function byDueDate(rows: QueueRow[]) {
  const byId = new Map(rows.map((row) => [row.assignmentId, row]));
  const time = (date: Date | null) => date?.getTime() ?? Number.MAX_SAFE_INTEGER;
  return (a: QueueItem, b: QueueItem): number => {
    const ra = byId.get(a.assignmentId)!;
    const rb = byId.get(b.assignmentId)!;
    return (
      Number(a.status === AssignmentStatus.scored) - Number(b.status === AssignmentStatus.scored) ||
      time(ra.dueAt) - time(rb.dueAt) ||
      time(ra.judgingClosesAt) - time(rb.judgingClosesAt) ||
      a.entry.code.localeCompare(b.entry.code)
    );
  };
}
