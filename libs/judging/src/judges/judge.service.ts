import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { TokenPurpose, User, UserService, UserTokenService } from '@app/accounts';
import { Category, Contest, contestOrFail } from '@app/contests';
import { OutboxService } from '@app/notifications';
import {
  AppConfig,
  DomainError,
  ErrorCode,
  isUniqueViolation,
  TransactionRunner,
} from '@app/platform';
import type { Locale } from '@app/platform';
import { ContestJudge, JudgeStatus } from './contest-judge.entity';
import { JudgeAccounts } from './judge-accounts';
import type {
  AcceptedJudge,
  ContestJudgeResponse,
  InviteJudgeDto,
  JudgeInvitationResponse,
} from './judge.dto';
import { toContestJudgeResponse, toJudgeInvitationResponse } from './judge.mapper';

export type InvitationAnswer = 'accept' | 'decline';

/** Judges of a contest: invitations by e-mail, their answers, and who may be assigned. */
@Injectable()
export class JudgeService {
  constructor(
    private readonly accounts: JudgeAccounts,
    private readonly users: UserService,
    private readonly tokens: UserTokenService,
    private readonly outbox: OutboxService,
    private readonly tx: TransactionRunner,
    private readonly config: AppConfig,
  ) {}

  /**
   * Invites by e-mail, creating the account if needed. Inviting again updates the categories
   * and fields and sends the mail again (a declined invitation is open again); an accepted
   * judge is not mailed.
   */
  async invite(
    actorId: string,
    contestId: string,
    dto: InviteJudgeDto,
  ): Promise<ContestJudgeResponse> {
    const contest = await contestOrFail(this.tx.manager, contestId);
    await this.assertKeys(contest, dto);
    const known = await this.users.findByEmail(dto.email);
    // Hash outside the transaction: hashing takes tens of milliseconds.
    const placeholder = known ? undefined : await this.accounts.unusablePasswordHash();
    return this.tx.run(async (manager) => {
      const { user } = await this.accounts.resolve(manager, {
        contestId,
        email: dto.email,
        fullName: dto.fullName,
        locale: dto.locale ?? 'vi',
        actorId,
        newPasswordHash: async () => placeholder ?? this.accounts.unusablePasswordHash(),
      });
      const judge = await this.upsert(manager, contestId, user.id, actorId, dto);
      if (judge.status !== JudgeStatus.accepted)
        await this.mailInvitation(manager, contest, judge, user);
      return toContestJudgeResponse(judge, user);
    });
  }

  async list(contestId: string): Promise<ContestJudgeResponse[]> {
    const manager = this.tx.manager;
    await contestOrFail(manager, contestId);
    const judges = await manager.find(ContestJudge, {
      where: { contestId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const users = await this.usersOf(
      manager,
      judges.map((j) => j.userId),
    );
    return judges.flatMap((j) => {
      const user = users.get(j.userId);
      return user ? [toContestJudgeResponse(j, user)] : [];
    });
  }

  /** Accepted judges of a contest, in a stable order (assignment must be deterministic). */
  async acceptedJudges(contestId: string, manager = this.tx.manager): Promise<AcceptedJudge[]> {
    const judges = await manager.find(ContestJudge, {
      where: { contestId, status: JudgeStatus.accepted },
      order: { userId: 'ASC' },
    });
    const users = await this.usersOf(
      manager,
      judges.map((j) => j.userId),
    );
    return judges.flatMap((j) => {
      const user = users.get(j.userId);
      if (!user) return [];
      return [
        {
          userId: j.userId,
          fullName: user.fullName,
          email: user.email,
          organization: user.organization,
          categoryKeys: j.categoryKeys ?? [],
          fieldKeys: j.fieldKeys ?? [],
        },
      ];
    });
  }

  async invitationsOf(userId: string): Promise<JudgeInvitationResponse[]> {
    const manager = this.tx.manager;
    const judges = await manager.find(ContestJudge, {
      where: { userId },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
    if (judges.length === 0) return [];
    const contests = await manager.find(Contest, {
      where: { id: In(judges.map((j) => j.contestId)) },
    });
    const byId = new Map(contests.map((c) => [c.id, c]));
    return judges.flatMap((j) => {
      const contest = byId.get(j.contestId);
      return contest ? [toJudgeInvitationResponse(j, contest)] : [];
    });
  }

  /** Someone else's invitation is not found. */
  async invitation(userId: string, id: string): Promise<JudgeInvitationResponse> {
    const manager = this.tx.manager;
    const judge = await manager.findOne(ContestJudge, { where: { id, userId } });
    if (!judge) throw new DomainError(ErrorCode.NOT_FOUND, 'No such invitation');
    return toJudgeInvitationResponse(judge, await contestOrFail(manager, judge.contestId));
  }

  /**
   * Answering again the same way changes nothing. A declined invitation may still be
   * accepted; an accepted one is not declined here (the judge may already have
   * assignments: the organizers handle that).
   */
  async answer(
    userId: string,
    id: string,
    answer: InvitationAnswer,
  ): Promise<JudgeInvitationResponse> {
    const target = answer === 'accept' ? JudgeStatus.accepted : JudgeStatus.declined;
    await this.tx.run(async (manager) => {
      const judge = await manager.findOne(ContestJudge, { where: { id, userId } });
      if (!judge) throw new DomainError(ErrorCode.NOT_FOUND, 'No such invitation');
      if (judge.status === target) return;
      if (judge.status === JudgeStatus.accepted)
        throw new DomainError(
          ErrorCode.INVALID_STATUS_TRANSITION,
          'An accepted invitation cannot be declined here; ask the organizers',
        );
      const result = await manager.update(
        ContestJudge,
        { id, status: judge.status },
        { status: target, respondedAt: new Date() },
      );
      if (result.affected !== 1)
        throw new DomainError(
          ErrorCode.STALE_VERSION,
          'The invitation changed meanwhile; try again',
        );
    });
    return this.invitation(userId, id);
  }

  private async upsert(
    manager: EntityManager,
    contestId: string,
    userId: string,
    actorId: string,
    dto: InviteJudgeDto,
  ): Promise<ContestJudge> {
    const keys = { categoryKeys: dto.categoryKeys ?? [], fieldKeys: dto.fieldKeys ?? [] };
    const existing = await manager.findOne(ContestJudge, { where: { contestId, userId } });
    if (existing) {
      const reopened = existing.status === JudgeStatus.declined;
      const changes = reopened ? { ...keys, status: JudgeStatus.invited, respondedAt: null } : keys;
      await manager.update(ContestJudge, { id: existing.id }, changes);
      return manager.findOneOrFail(ContestJudge, { where: { id: existing.id } });
    }
    const judge = manager.create(ContestJudge, {
      contestId,
      userId,
      status: JudgeStatus.invited,
      ...keys,
      invitedBy: actorId,
      respondedAt: null,
    });
    try {
      await manager.insert(ContestJudge, judge);
    } catch (error) {
      if (isUniqueViolation(error))
        throw new DomainError(ErrorCode.CONFLICT, 'This judge is being invited right now');
      throw error;
    }
    return manager.findOneOrFail(ContestJudge, { where: { id: judge.id } });
  }

  /**
   * An account that never proved its address (a new one above all) gets a set-password
   * link, which verifies it; anyone else a link to the invitation.
   */
  private async mailInvitation(
    manager: EntityManager,
    contest: Contest,
    judge: ContestJudge,
    user: User,
  ): Promise<void> {
    const locale: Locale = user.locale === 'en' ? 'en' : 'vi';
    const invitationPath = `/judging/invitations/${judge.id}`;
    let template: 'judge-invitation' | 'judge-invitation-new' = 'judge-invitation';
    let link = `${this.config.publicUrl}${invitationPath}`;
    if (!user.emailVerifiedAt) {
      const { token } = await this.tokens.issue(manager, user.id, TokenPurpose.setPassword);
      template = 'judge-invitation-new';
      link = `${this.config.publicUrl}/set-password?token=${encodeURIComponent(token)}&invitation=${judge.id}`;
    }
    await this.outbox.enqueue(manager, {
      dedupeKey: `judge-invitation:${judge.id}:${Date.now()}`,
      recipientEmail: user.email,
      recipientUserId: user.id,
      template,
      locale,
      data: {
        fullName: user.fullName,
        honorific: user.title,
        contestName: locale === 'en' ? contest.nameEn : contest.nameVi,
        link,
      },
    });
  }

  private async assertKeys(contest: Contest, dto: InviteJudgeDto): Promise<void> {
    const categories = await this.tx.manager.find(Category, {
      where: { contestId: contest.id },
      select: { key: true },
    });
    const known = {
      categoryKeys: new Set(categories.map((c) => c.key)),
      fieldKeys: new Set((contest.fields ?? []).map((f) => f.key)),
    };
    const details = (['categoryKeys', 'fieldKeys'] as const).flatMap((field) => {
      const unknown = (dto[field] ?? []).filter((key) => !known[field].has(key));
      return unknown.length
        ? [{ field, code: 'notChoice' as const, messages: [`unknown keys: ${unknown.join(', ')}`] }]
        : [];
    });
    if (details.length)
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Unknown category or field', details);
  }

  private async usersOf(manager: EntityManager, ids: string[]): Promise<Map<string, User>> {
    if (ids.length === 0) return new Map();
    const users = await manager.find(User, { where: { id: In(ids) } });
    return new Map(users.map((u) => [u.id, u]));
  }
}
