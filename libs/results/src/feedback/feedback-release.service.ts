import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@app/accounts';
import { contestOrFail, Round } from '@app/contests';
import { Entry, TeamMember } from '@app/entries';
import { reviewTotal, roundScale, RoundEntry, Score, ScoreStatus } from '@app/judging';
import { DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import { FeedbackRelease } from './feedback-release.entity';
import { toFeedbackSetting } from './feedback.mapper';
import type {
  AnonymousReview,
  FeedbackSettingResponse,
  TeamFeedbackResponse,
} from './feedback.mapper';

/**
 * Whether teams see the judges' comments and scores of a round: a contest's setting per
 * round, off by default, and shown only once the round is decided (before that, scores
 * may still change and a team could read the outcome before it is final).
 */
@Injectable()
export class FeedbackReleaseService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** Every round of the contest with its setting; 404 for an unknown contest. */
  async settings(contestId: string): Promise<FeedbackSettingResponse[]> {
    const manager = this.tx.manager;
    await contestOrFail(manager, contestId);
    const rounds = await manager.find(Round, { where: { contestId }, order: { position: 'ASC' } });
    const released = await releasedRounds(
      manager,
      rounds.map((r) => r.id),
    );
    return rounds.map((round) => toFeedbackSetting(round, released.has(round.id)));
  }

  /** 404 for a round that is not one of this contest's. */
  async setRelease(
    actorId: string,
    contestId: string,
    roundId: string,
    released: boolean,
  ): Promise<FeedbackSettingResponse> {
    return this.tx.run(async (manager) => {
      const round = await manager.findOneBy(Round, { id: roundId, contestId });
      if (!round) throw new DomainError(ErrorCode.NOT_FOUND, 'No such round in this contest');
      const existing = await manager.findOneBy(FeedbackRelease, { roundId });
      if (existing)
        await manager.update(
          FeedbackRelease,
          { id: existing.id },
          { released, updatedBy: actorId },
        );
      else
        await manager.insert(
          FeedbackRelease,
          manager.create(FeedbackRelease, { roundId, contestId, released, updatedBy: actorId }),
        );
      await this.audit.record(manager, {
        actorId,
        action: released ? 'round.feedback_released' : 'round.feedback_withheld',
        subjectType: 'round',
        subjectId: roundId,
        data: { contestId },
      });
      return toFeedbackSetting(round, released);
    });
  }

  /**
   * The team's view of one round: 404 unless the caller is on the entry's team and the
   * entry took part in the round; 403 FEEDBACK_NOT_RELEASED while the setting is off or
   * the round is undecided.
   */
  async forTeam(userId: string, entryId: string, roundId: string): Promise<TeamFeedbackResponse> {
    const manager = this.tx.manager;
    const entry = await teamEntryOrFail(manager, userId, entryId);
    const round = await manager.findOneBy(Round, { id: roundId, contestId: entry.contestId });
    if (!round || !(await manager.existsBy(RoundEntry, { roundId, entryId })))
      throw new DomainError(ErrorCode.NOT_FOUND, 'The entry did not take part in this round');
    if (!round.decidedAt || !(await releasedRounds(manager, [roundId])).has(roundId))
      throw new DomainError(
        ErrorCode.FEEDBACK_NOT_RELEASED,
        "The judges' comments and scores of this round are not released to teams",
      );
    return feedbackOf(manager, round, entryId);
  }

  /** Every decided, released round the entry took part in, for its page; empty otherwise. */
  async releasedForEntry(userId: string, entryId: string): Promise<TeamFeedbackResponse[]> {
    const manager = this.tx.manager;
    const entry = await teamEntryOrFail(manager, userId, entryId);
    const taken = await manager.find(RoundEntry, { where: { entryId } });
    if (taken.length === 0) return [];
    const rounds = await manager.find(Round, {
      where: { id: In(taken.map((t) => t.roundId)), contestId: entry.contestId },
      order: { position: 'ASC' },
    });
    const released = await releasedRounds(
      manager,
      rounds.map((r) => r.id),
    );
    const shown = rounds.filter((r) => r.decidedAt && released.has(r.id));
    return Promise.all(shown.map((round) => feedbackOf(manager, round, entryId)));
  }
}

async function releasedRounds(manager: EntityManager, roundIds: string[]): Promise<Set<string>> {
  if (roundIds.length === 0) return new Set();
  const rows = await manager.find(FeedbackRelease, {
    where: { roundId: In(roundIds), released: true },
  });
  return new Set(rows.map((r) => r.roundId));
}

/** The entry when the caller leads it or is a member with an account on its team; 404 otherwise. */
async function teamEntryOrFail(
  manager: EntityManager,
  userId: string,
  entryId: string,
): Promise<Entry> {
  const entry = await manager.findOneBy(Entry, { id: entryId });
  if (!entry || !(await readsTeamFeedback(manager, userId, entry)))
    throw new DomainError(ErrorCode.NOT_FOUND, 'Entry not found');
  return entry;
}

/** Who reads a team's feedback: its leader, and its members by their account. */
export async function readsTeamFeedback(
  manager: EntityManager,
  userId: string,
  entry: Entry,
): Promise<boolean> {
  if (entry.ownerId === userId) return true;
  return manager.existsBy(TeamMember, { entryId: entry.id, userId });
}

/**
 * The submitted reviews of the entry, numbered 1, 2, ... in an order unrelated to the
 * judges (by total, then comment), as the team mails list comments: no id, name or
 * assignment order reaches the team, nor the notes meant for organizers.
 */
async function feedbackOf(
  manager: EntityManager,
  round: Round,
  entryId: string,
): Promise<TeamFeedbackResponse> {
  const scores = await manager.find(Score, {
    where: { roundId: round.id, entryId, status: ScoreStatus.submitted },
    select: { values: true, commentForTeam: true },
  });
  const reviews = scores
    .map((s) => ({
      total: Math.round(reviewTotal(s.values, round.criteria) * 100) / 100,
      scores: s.values,
      comment: s.commentForTeam?.trim() || null,
    }))
    .sort((a, b) => b.total - a.total || (a.comment ?? '').localeCompare(b.comment ?? '', 'vi'))
    .map((review, index): AnonymousReview => ({ number: index + 1, ...review }));
  return {
    roundId: round.id,
    nameVi: round.nameVi,
    nameEn: round.nameEn,
    scale: roundScale(round.criteria),
    criteria: round.criteria.map((c) => ({
      key: c.key,
      labelVi: c.labelVi,
      labelEn: c.labelEn,
      maxScore: c.maxScore,
    })),
    reviews,
  };
}
