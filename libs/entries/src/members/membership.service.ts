import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { hashToken, User } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { Category, Contest, effectiveRules } from '@app/contests';
import { DomainError, ErrorCode, toVietnamIsoOrNull, TransactionRunner } from '@app/platform';
import type { FieldError } from '@app/platform';
import { assertEntryEditable } from '../entries/entry-editability';
import { Entry, EntryStatus } from '../entries/entry.entity';
import { EntryRepository } from '../entries/entry.repository';
import { recordEntryEvent } from '../history/entry-history';
import { invitationExpiresAt } from './member-confirmation';
import { MemberInvitations } from './member-invitations';
import type {
  MemberInvitationResponse,
  MembershipAnswerResponse,
  MembershipInvitationResponse,
} from './membership.dto';
import { MembershipVetoes } from './membership-vetoes';
import { MemberConfirmation, MemberRole, TeamMember } from './team-member.entity';

type Answer = MemberConfirmation.confirmed | MemberConfirmation.declined;

/**
 * A listed member's answer to the mailed link, and the leader's "send the link again".
 * Answering needs only the mailbox the link went to, no account: the secret is the proof.
 */
@Injectable()
export class MembershipService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly entries: EntryRepository,
    private readonly invitations: MemberInvitations,
    private readonly vetoes: MembershipVetoes,
  ) {}

  /** What the link is about, without spending it (the page shows this before asking). */
  async preview(token: unknown): Promise<MembershipInvitationResponse> {
    const manager = this.tx.manager;
    const member = await this.memberOf(manager, token, new Date());
    const entry = await this.activeEntry(manager, member);
    const [contest, leader] = await Promise.all([
      manager.findOneOrFail(Contest, { where: { id: entry.contestId } }),
      manager.findOne(TeamMember, { where: { entryId: entry.id, role: MemberRole.leader } }),
    ]);
    return {
      memberName: member.fullName,
      memberEmail: member.email,
      confirmation: member.confirmation,
      expiresAt: toVietnamIsoOrNull(member.invitedAt && invitationExpiresAt(member.invitedAt)),
      leaderName: leader?.fullName ?? '',
      entry: { code: entry.code, title: entry.title, teamName: entry.teamName },
      contest: contestNames(contest),
    };
  }

  confirm(token: unknown): Promise<MembershipAnswerResponse> {
    return this.answer(token, MemberConfirmation.confirmed);
  }

  decline(token: unknown): Promise<MembershipAnswerResponse> {
    return this.answer(token, MemberConfirmation.declined);
  }

  /**
   * Mails a new link to a member who has not confirmed (a declined member is asked again),
   * making the old link useless. Refused within the cool-down of the last mail to the
   * address about this entry (429 with `retryAt`).
   */
  async resend(
    principal: Principal,
    entryId: string,
    memberId: string,
  ): Promise<MemberInvitationResponse> {
    return this.tx.run(async (manager) => {
      const entry = await this.entries.findForCaller(manager, entryId, principal, {
        lock: true,
        ownerOnly: true,
      });
      const contest = await manager.findOneOrFail(Contest, { where: { id: entry.contestId } });
      const now = new Date();
      assertEntryEditable(entry, contest, now);
      const member = await manager.findOne(TeamMember, { where: { id: memberId, entryId } });
      if (!member) throw new DomainError(ErrorCode.NOT_FOUND, 'No such team member');
      if (member.confirmation === MemberConfirmation.confirmed)
        throw new DomainError(
          ErrorCode.INVALID_STATUS_TRANSITION,
          'This member has already confirmed',
        );
      const leader = await manager.findOneOrFail(User, { where: { id: entry.ownerId } });
      const outcome = await this.invitations.invite(
        manager,
        { entry, contest, leader },
        member,
        now,
      );
      if (!outcome.sent) {
        const retryAt = outcome.retryAt.toISOString();
        const detail: FieldError & { retryAt: string } = {
          field: 'memberId',
          code: 'tooSoon',
          messages: [`try again after ${retryAt}`],
          retryAt,
        };
        throw new DomainError(
          ErrorCode.TOO_MANY_REQUESTS,
          'A confirmation mail went to this address a short while ago',
          [detail],
        );
      }
      await manager.update(
        TeamMember,
        { id: member.id },
        { ...outcome.columns, confirmation: MemberConfirmation.pending, respondedAt: null },
      );
      await recordEntryEvent(manager, {
        entryId,
        actorId: principal.userId,
        type: 'member_invited',
        data: { fullName: member.fullName },
      });
      return {
        memberId: member.id,
        confirmation: MemberConfirmation.pending,
        invitedAt: toVietnamIsoOrNull(now),
      };
    });
  }

  /**
   * Reads are ordered for MySQL's repeatable read: the member row and then the contest row
   * are locked before anything else is read, so the checks below see every confirmation and
   * judge invitation committed before this one; the contest lock queues this after a
   * concurrent confirmation elsewhere in the contest, or an invitation to judge it. The
   * update is conditional on the secret: of parallel answers, one wins.
   *
   * The secret is resolved to the row's id before the transaction, and the row is locked
   * through its primary key. Locking through the secret's unique index instead deadlocks:
   * each waiting answer holds a next-key request on that index record, and the winner's
   * update, which moves the row to the NULL end of the index, must insert into exactly that
   * gap, so MariaDB kills a waiter as a deadlock victim.
   */
  private async answer(token: unknown, answer: Answer): Promise<MembershipAnswerResponse> {
    const { id, invitationTokenHash } = await this.memberOf(this.tx.manager, token, new Date());
    return this.tx.run(async (manager) => {
      const now = new Date();
      const member = await manager.findOne(TeamMember, {
        where: { id },
        lock: this.tx.isSqlite ? undefined : { mode: 'pessimistic_write' },
      });
      if (!member || member.invitationTokenHash !== invitationTokenHash) throw invalidLink();
      assertAnswerable(member, now);
      const contest = await manager.findOneOrFail(Contest, {
        where: { id: member.contestId },
        lock: this.tx.isSqlite ? undefined : { mode: 'pessimistic_write' },
      });
      const entry = await this.activeEntry(manager, member);
      if (answer === MemberConfirmation.confirmed)
        await this.assertMayConfirm(manager, member, entry, contest);

      const result = await manager.update(
        TeamMember,
        {
          id: member.id,
          invitationTokenHash: member.invitationTokenHash as string,
          confirmation: member.confirmation,
        },
        { confirmation: answer, respondedAt: now, invitationTokenHash: null },
      );
      if (result.affected !== 1) throw invalidLink();
      await recordEntryEvent(manager, {
        entryId: entry.id,
        actorId: null,
        type: answer === MemberConfirmation.confirmed ? 'member_confirmed' : 'member_declined',
        data: { fullName: member.fullName },
      });
      return {
        confirmation: answer,
        respondedAt: toVietnamIsoOrNull(now),
        entry: { code: entry.code, title: entry.title },
        contest: contestNames(contest),
      };
    });
  }

  /** One entry per person (when the contest says so), and never in a contest one judges. */
  private async assertMayConfirm(
    manager: EntityManager,
    member: TeamMember,
    entry: Entry,
    contest: Contest,
  ): Promise<void> {
    const category = await manager.findOne(Category, { where: { id: entry.categoryId } });
    const rules = effectiveRules(contest.eligibility, category?.eligibility);
    if (rules.onePersonOneEntry) {
      const elsewhere = await this.entries.emailsInOtherEntries(
        manager,
        member.contestId,
        [member.email],
        member.entryId,
      );
      if (elsewhere.size > 0)
        throw new DomainError(
          ErrorCode.ALREADY_IN_ANOTHER_ENTRY,
          'You have already confirmed a place on another entry of this contest',
        );
    }
    await this.vetoes.assertMayJoin(manager, {
      contestId: member.contestId,
      email: member.email,
    });
  }

  private async memberOf(manager: EntityManager, token: unknown, now: Date): Promise<TeamMember> {
    if (typeof token !== 'string' || token.length < 20 || token.length > 200) throw invalidLink();
    const member = await manager.findOne(TeamMember, {
      where: { invitationTokenHash: hashToken(token) },
    });
    if (!member) throw invalidLink();
    assertAnswerable(member, now);
    return member;
  }

  private async activeEntry(manager: EntityManager, member: TeamMember): Promise<Entry> {
    const entry = await manager.findOneOrFail(Entry, { where: { id: member.entryId } });
    if (entry.status === EntryStatus.withdrawn)
      throw new DomainError(ErrorCode.ENTRY_LOCKED, 'This entry has been withdrawn');
    return entry;
  }
}

function contestNames(contest: Contest) {
  return { slug: contest.slug, nameVi: contest.nameVi, nameEn: contest.nameEn };
}

function invalidLink(): DomainError {
  return new DomainError(
    ErrorCode.INVALID_TOKEN,
    'This link is not valid or has already been used',
  );
}

/** A link answers once, while it is fresh, and never after the place was confirmed. */
function assertAnswerable(member: TeamMember, now: Date): void {
  if (member.confirmation === MemberConfirmation.confirmed || !member.invitedAt)
    throw invalidLink();
  if (invitationExpiresAt(member.invitedAt).getTime() <= now.getTime())
    throw new DomainError(
      ErrorCode.TOKEN_EXPIRED,
      'This link has expired; ask the team leader to send a new one',
    );
}
