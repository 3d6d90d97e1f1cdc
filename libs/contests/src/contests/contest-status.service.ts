import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@app/accounts';
import { OutboxService } from '@app/notifications';
import type { NewNotification } from '@app/notifications';
import { AppConfig, DomainError, ErrorCode, toLocale, TransactionRunner } from '@app/platform';
import type { FieldError } from '@app/platform';
import { Category } from '../categories/category.entity';
import { Contest, ContestStatus } from './contest.entity';
import { ContestEntryFacts } from './contest-entry-facts';
import type { TeamContact } from './contest-entry-facts';
import { contestOrFail } from './contest-lookup';
import { allowedTransitions, audienceOf, canTransition, consequencesOf } from './contest-status';
import type { Consequence, StatusChangeAudience } from './contest-status';
import { submissionClosesAt } from './contest-windows';

/** One possible change of a contest's status, with what it would do now. */
export interface StatusTransitionView {
  to: ContestStatus;
  consequences: Consequence[];
  /** Why the change would be refused now (a contest not ready to open); empty when it may go. */
  blockers: FieldError[];
}

export interface ContestStatusView {
  contestId: string;
  status: ContestStatus;
  transitions: StatusTransitionView[];
}

/**
 * Changes a contest's status: the only way to (the general update refuses `status`). The
 * change, its audit row and the mails to the teams it concerns are written in one
 * transaction, so none exists without the others.
 */
@Injectable()
export class ContestStatusService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly facts: ContestEntryFacts,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** Every change possible from the current status, each with its consequences at `now`. */
  async preview(contestId: string, now = new Date()): Promise<ContestStatusView> {
    const manager = this.tx.manager;
    const contest = await contestOrFail(manager, contestId);
    const counts = await this.facts.counts(manager, contest.id);
    const transitions: StatusTransitionView[] = [];
    for (const to of allowedTransitions(contest.status))
      transitions.push({
        to,
        consequences: consequencesOf(contest, to, counts, now),
        blockers: await readinessProblems(manager, contest, to),
      });
    return { contestId: contest.id, status: contest.status, transitions };
  }

  /** The consequences of one change, refused as `change` would refuse it. */
  async previewOne(contestId: string, to: ContestStatus, now = new Date()) {
    const view = await this.preview(contestId, now);
    const transition = view.transitions.find((t) => t.to === to);
    if (!transition) throw refusal(view.status, to);
    return { status: view.status, ...transition };
  }

  async change(
    contestId: string,
    to: ContestStatus,
    actorId: string | null,
    now = new Date(),
  ): Promise<void> {
    await this.tx.run(async (manager) => {
      const contest = await contestOrFail(manager, contestId);
      const from = contest.status;
      if (!canTransition(from, to)) throw refusal(from, to);
      const blockers = await readinessProblems(manager, contest, to);
      if (blockers.length > 0)
        throw new DomainError(
          ErrorCode.INVALID_STATUS_TRANSITION,
          'The contest is not ready to open',
          blockers,
        );
      const counts = await this.facts.counts(manager, contest.id);
      const consequences = consequencesOf(contest, to, counts, now);
      // Conditional on the status read above: two organizers moving the status at the
      // same time cannot both win, and the loser mails nobody.
      const result = await manager.update(
        Contest,
        { id: contest.id, status: from },
        { status: to },
      );
      if (!result.affected)
        throw new DomainError(ErrorCode.STALE_VERSION, 'The contest changed meanwhile; reload it');
      const audience = audienceOf(contest, to, now);
      const mailed = audience ? await this.mailTeams(manager, contest, audience, now) : 0;
      await this.audit.record(manager, {
        actorId,
        action: 'contest.status_changed',
        subjectType: 'contest',
        subjectId: contest.id,
        data: {
          from,
          to,
          consequences: consequences.map((c) => c.code).join(','),
          deadline: contest.submissionDeadline
            ? new Date(contest.submissionDeadline).toISOString()
            : null,
          mailed,
        },
      });
    });
  }

  private async mailTeams(
    manager: EntityManager,
    contest: Contest,
    audience: StatusChangeAudience,
    now: Date,
  ): Promise<number> {
    const teams = await this.facts.teams(manager, contest.id, audience.entryStatuses);
    const closesAt = submissionClosesAt(contest) ?? now;
    const mails = teams.map((team) => this.mailOf(contest, audience, team, closesAt, now));
    await this.outbox.enqueueMany(manager, mails);
    return mails.length;
  }

  private mailOf(
    contest: Contest,
    audience: StatusChangeAudience,
    team: TeamContact,
    closesAt: Date,
    now: Date,
  ): NewNotification<StatusChangeAudience['template']> {
    const locale = toLocale(team.locale);
    const row = {
      // One mail per team member, entry and change: the instant tells a second closing from the first.
      dedupeKey: `${audience.template}:${contest.id}:${now.getTime()}:${team.entryId}:${team.email}`,
      recipientEmail: team.email,
      recipientUserId: team.userId,
      locale,
    };
    const common = {
      fullName: team.fullName,
      contestName: locale === 'en' ? contest.nameEn : contest.nameVi,
      code: team.code,
      title: team.title,
      deadline: closesAt.toISOString(),
    };
    if (audience.template === 'contest-closed-early')
      return {
        ...row,
        template: 'contest-closed-early',
        data: { ...common, closedAt: now.toISOString() },
      };
    return {
      ...row,
      template: 'contest-reopened',
      data: { ...common, link: `${this.config.publicUrl}/entries/${team.entryId}` },
    };
  }
}

/** `announced` has its own refusal: it is what announcing results does, not a status to pick. */
function refusal(from: ContestStatus, to: ContestStatus): DomainError {
  if (to === ContestStatus.announced)
    return new DomainError(
      ErrorCode.ANNOUNCED_BY_RESULTS,
      'A contest becomes announced only by announcing its results',
    );
  return new DomainError(
    ErrorCode.INVALID_STATUS_TRANSITION,
    `A contest cannot go from ${from} to ${to}; allowed: ${allowedTransitions(from).join(', ') || 'none'}`,
  );
}

/** Opening needs both windows and a category: teams could not enter otherwise. */
async function readinessProblems(
  manager: EntityManager,
  contest: Contest,
  to: ContestStatus,
): Promise<FieldError[]> {
  if (to !== ContestStatus.open) return [];
  const problems: FieldError[] = [];
  if (!contest.registrationOpensAt || !contest.submissionDeadline)
    problems.push({
      field: 'submissionDeadline',
      code: 'windowsRequired',
      messages: ['both windows must be set'],
    });
  if (!(await manager.exists(Category, { where: { contestId: contest.id } })))
    problems.push({
      field: 'categories',
      code: 'noCategory',
      messages: ['at least one category is needed'],
    });
  return problems;
}
