import { Injectable, Logger } from '@nestjs/common';
import { DomainError, ErrorCode } from '@app/platform';
import { computeRanking } from './compute-ranking';
import { type RankingResponse, toRankingResponse } from './ranking.mapper';
import { RankingRecomputeRequests } from './ranking-recompute-requests';
import { RankingRepository } from './ranking.repository';
import type { RankingContent } from './ranking.types';

/** The latest stored ranking of a round with when and from how many scores it was computed. */
export interface StoredRanking {
  roundId: string;
  computedAt: Date;
  scoreCount: number;
  content: RankingContent;
}

/**
 * Rankings of a round: every method side by side, recomputed from the submitted scores
 * when they change (coalesced) and stored; pages and the advancement rules read the
 * stored result, never a computation on the fly.
 */
@Injectable()
export class RankingService {
  private readonly logger = new Logger(RankingService.name);

  constructor(
    private readonly repository: RankingRepository,
    private readonly requests: RankingRecomputeRequests,
  ) {}

  /**
   * Asks for a recomputation soon; many requests in a short time give one. Called after a
   * score change has committed; never throws, since the score is saved either way and the
   * next request (or an organizer's) recomputes.
   */
  async requestRecompute(roundId: string): Promise<void> {
    try {
      await this.requests.request(roundId, () => this.recompute(roundId));
    } catch (error) {
      this.logger.warn({ roundId, reason: String(error) }, 'ranking recomputation not requested');
    }
  }

  /** Computes and stores the round's ranking now; null when the round no longer exists. */
  async recompute(roundId: string): Promise<RankingContent | null> {
    const started = Date.now();
    // The three reads at once: a round that no longer exists is rare enough to read for nothing.
    const [round, reviews, inRound] = await Promise.all([
      this.repository.round(roundId),
      this.repository.submittedReviews(roundId),
      this.repository.roundEntries(roundId),
    ]);
    if (!round) return null;
    const listed = new Set(inRound.map((e) => e.entryId));
    const entries = reviews.every((r) => listed.has(r.entryId))
      ? inRound
      : await this.repository.entriesWithScores(roundId);
    const read = Date.now();
    const content = computeRanking(
      { criteria: round.criteria, entries, reviews },
      round.advancementRule,
    );
    const computed = Date.now();
    await this.repository.store(roundId, reviews.length, content);
    const stored = Date.now();
    this.logger.log(
      {
        roundId,
        scores: reviews.length,
        entries: entries.length,
        ms: stored - started,
        readMs: read - started,
        computeMs: computed - read,
        storeMs: stored - computed,
      },
      'ranking recomputed',
    );
    return content;
  }

  /** The organizers' view of the latest ranking; 404 for an unknown round. */
  async forOrganizers(roundId: string): Promise<RankingResponse> {
    const round = await this.repository.round(roundId);
    if (!round) throw new DomainError(ErrorCode.NOT_FOUND, 'No such round');
    const stored = await this.latestResult(roundId);
    const names = await this.repository.judgeNames(
      stored?.content.judges.map((j) => j.judgeUserId) ?? [],
    );
    // Redis being away must not hide the ranking: the flag is then unknown, shown as false.
    const recomputing = await this.requests.isPending(roundId).catch(() => false);
    return toRankingResponse(round, stored, names, recomputing);
  }

  /** An organizer's request: 404 for an unknown round, otherwise coalesced like any other. */
  async requestForOrganizers(roundId: string): Promise<{ roundId: string; requested: true }> {
    if (!(await this.repository.round(roundId)))
      throw new DomainError(ErrorCode.NOT_FOUND, 'No such round');
    await this.requestRecompute(roundId);
    return { roundId, requested: true };
  }

  async latest(roundId: string): Promise<RankingContent | null> {
    return (await this.latestResult(roundId))?.content ?? null;
  }

  async latestResult(roundId: string): Promise<StoredRanking | null> {
    const row = await this.repository.latest(roundId);
    if (!row) return null;
    return {
      roundId: row.roundId,
      computedAt: row.computedAt,
      scoreCount: row.scoreCount,
      content: row.content as unknown as RankingContent,
    };
  }
}
