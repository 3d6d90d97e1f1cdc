import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { PersonalDataRegistry } from '@app/accounts';
import type { DataSubject, Erasure, PersonalDataContributor, TableCoverage } from '@app/accounts';
import { Contest, Round } from '@app/contests';
import { Entry } from '@app/entries';
import { DomainError, ErrorCode, toVietnamIso, toVietnamIsoOrNull } from '@app/platform';
import { Assignment, AssignmentStatus } from '../assignment/assignment.entity';
import { ConflictOfInterest, ConflictSubject } from '../conflicts/conflict-of-interest.entity';
import { ContestJudge } from '../judges/contest-judge.entity';
import { Score } from '../scoring/score.entity';

const UNFINISHED = [AssignmentStatus.assigned, AssignmentStatus.inProgress];

/**
 * Judging in a person's data rights. Scores, comments, decisions and invitations are the
 * contest's record: they stay, and name the judge through the pseudonymised account.
 * A conflict declared about the person's address gets the placeholder, so it still matches
 * their (equally pseudonymised) team rows.
 */
@Injectable()
export class JudgingPersonalData implements PersonalDataContributor, OnModuleInit {
  readonly section = 'judging';
  readonly tables: TableCoverage[] = [
    {
      table: 'contest_judges',
      personal: {
        userId: 'kept: the invitation record names the pseudonymised account',
        invitedBy: "kept: the organizer's pseudonymous account",
      },
    },
    {
      table: 'conflicts_of_interest',
      personal: {
        judgeUserId: 'kept: the pseudonymised account',
        createdBy: 'kept: the pseudonymised account',
        reviewedBy: "kept: the reviewing organizer's pseudonymous account",
        value: "a conflict naming the person's e-mail gets the placeholder",
      },
    },
    { table: 'round_entries', personal: {} },
    { table: 'assignments', personal: { judgeUserId: 'kept: the contest record' } },
    {
      table: 'scores',
      personal: { judgeUserId: 'kept: scores and comments stay, by the pseudonym' },
    },
    // Rankings hold judges' ids and statistics only, no names.
    { table: 'ranking_results', personal: {} },
    {
      table: 'advancement_overrides',
      personal: {
        proposedBy: 'kept: the decision record',
        confirmedBy: 'kept: the decision record',
        supersededBy: 'not a person: the override that replaced this one',
      },
    },
  ];

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  /**
   * A judge with entries still waiting for their score in an undecided round cannot be
   * erased: the entries would silently lack reviews. Organizers reassign them first
   * (or the judge finishes), then the erasure goes through.
   */
  async assertErasable(manager: EntityManager, subject: DataSubject): Promise<void> {
    const open = await manager
      .createQueryBuilder(Assignment, 'a')
      .innerJoin(Round, 'r', 'r.id = a.roundId')
      .where('a.judgeUserId = :userId', { userId: subject.userId })
      .andWhere('a.status IN (:...unfinished)', { unfinished: UNFINISHED })
      .andWhere('r.decidedAt IS NULL')
      .getCount();
    if (open > 0)
      throw new DomainError(
        ErrorCode.OPEN_ASSIGNMENTS,
        `${open} assigned entries still wait for this judge's score; organizers must reassign them first`,
      );
  }

  async exportData(manager: EntityManager, subject: DataSubject) {
    const [invitations, conflicts, scores] = await Promise.all([
      manager.find(ContestJudge, {
        where: { userId: subject.userId },
        order: { createdAt: 'ASC' },
      }),
      manager.find(ConflictOfInterest, {
        where: { judgeUserId: subject.userId },
        order: { createdAt: 'ASC' },
      }),
      manager.find(Score, { where: { judgeUserId: subject.userId }, order: { createdAt: 'ASC' } }),
    ]);
    const rounds = scores.length
      ? await manager.find(Round, { where: { id: In([...new Set(scores.map((s) => s.roundId))]) } })
      : [];
    const entryIds = [
      ...scores.map((s) => s.entryId),
      ...conflicts.filter((c) => c.subject === ConflictSubject.entry).map((c) => c.value),
    ];
    const entries = entryIds.length
      ? await manager.find(Entry, {
          select: { id: true, code: true },
          where: { id: In([...new Set(entryIds)]) },
        })
      : [];
    const contestIds = [
      ...invitations.map((i) => i.contestId),
      ...conflicts.map((c) => c.contestId),
      ...rounds.map((r) => r.contestId),
    ];
    const contests = contestIds.length
      ? await manager.find(Contest, { where: { id: In([...new Set(contestIds)]) } })
      : [];
    const slug = new Map(contests.map((c) => [c.id, c.slug]));
    const code = new Map(entries.map((e) => [e.id, e.code]));
    const round = new Map(rounds.map((r) => [r.id, r]));
    return {
      invitations: invitations.map((i) => ({
        contest: slug.get(i.contestId) ?? null,
        status: i.status,
        categoryKeys: i.categoryKeys ?? [],
        fieldKeys: i.fieldKeys ?? [],
        invitedAt: toVietnamIso(i.createdAt),
        respondedAt: toVietnamIsoOrNull(i.respondedAt),
      })),
      conflicts: conflicts.map((c) => ({
        contest: slug.get(c.contestId) ?? null,
        subject: c.subject,
        value: c.subject === ConflictSubject.entry ? (code.get(c.value) ?? null) : c.value,
        source: c.source,
        reason: c.reason,
        createdAt: toVietnamIso(c.createdAt),
      })),
      scores: scores.map((s) => ({
        contest: slug.get(round.get(s.roundId)?.contestId ?? '') ?? null,
        round: round.get(s.roundId)?.nameVi ?? null,
        entryCode: code.get(s.entryId) ?? null,
        status: s.status,
        values: s.values,
        commentForTeam: s.commentForTeam,
        noteForOrganizers: s.noteForOrganizers,
        submittedAt: toVietnamIsoOrNull(s.submittedAt),
        updatedAt: toVietnamIso(s.updatedAt),
      })),
    };
  }

  async erase(manager: EntityManager, erasure: Erasure): Promise<void> {
    await manager.update(
      ConflictOfInterest,
      { subject: ConflictSubject.person, value: erasure.email },
      { value: erasure.placeholderEmail },
    );
  }
}
