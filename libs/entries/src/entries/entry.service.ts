import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { User } from '@app/accounts';
import type { Principal } from '@app/accounts';
import {
  Category,
  Contest,
  ContestQuestion,
  ContestStatus,
  effectiveRules,
  memberConfirmationRule,
} from '@app/contests';
import { DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import type { ContestKey } from '@app/contests';
import {
  assertBeforeDeadline,
  assertEntryEditable,
  entryLockOf,
  mayReopen,
} from './entry-editability';
import { recordEntryEvent } from '../history/entry-history';
import { MemberConfirmation, MemberRole, TeamMember } from '../members/team-member.entity';
import type { TeamMemberData } from '../members/team-list';
import { memberConfirmationSummary } from '../members/member-confirmation';
import { TeamRoster } from '../members/team-roster';
import { EligibilityGate } from '../eligibility/eligibility-gate';
import type { CreateEntryDto, UpdateEntryDto } from './entry.dto';
import { Entry, EntryStatus } from './entry.entity';
import { applyForm } from './entry-form';
import { entrySearchColumns } from '../listing/search-text';
import { toEntryResponse, toTeamMemberResponse } from './entry.mapper';
import type { EntryResponse } from './entry.mapper';
import { EntryRepository } from './entry.repository';

export function toMemberData(member: TeamMember): TeamMemberData {
  return { ...toTeamMemberResponse(member), userId: member.userId };
}

/** Drafts and edits of entries by their teams; reading them for owners and organizers. */
@Injectable()
export class EntryService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly entries: EntryRepository,
    private readonly eligibility: EligibilityGate,
    private readonly roster: TeamRoster,
  ) {}

  async create(
    principal: Principal,
    contestKey: ContestKey,
    dto: CreateEntryDto,
  ): Promise<{ id: string; code: string; status: EntryStatus }> {
    return this.tx.run(async (manager) => {
      const owner = await manager.findOne(User, { where: { id: principal.userId } });
      if (!owner) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in again');
      if (!owner.emailVerifiedAt)
        throw new DomainError(ErrorCode.EMAIL_NOT_VERIFIED, 'Verify your e-mail address first');
      // The lock serialises code numbers (and one-entry-per-person checks) per contest.
      const contest = await manager.findOne(Contest, {
        where: contestKey,
        lock: this.tx.isSqlite ? undefined : { mode: 'pessimistic_write' },
      });
      if (!contest || contest.status === ContestStatus.draft)
        throw new DomainError(ErrorCode.NOT_FOUND, 'Contest not found');
      const now = new Date();
      assertBeforeDeadline(contest, now);
      const registrationOpen =
        !contest.registrationOpensAt || contest.registrationOpensAt.getTime() <= now.getTime();
      if (contest.status !== ContestStatus.open || !registrationOpen || !contest.submissionDeadline)
        throw new DomainError(ErrorCode.CONTEST_NOT_OPEN, 'The contest does not take entries now');

      const category = await manager.findOne(Category, {
        where: { contestId: contest.id, key: dto.categoryKey },
      });
      const leader: TeamMemberData = {
        fullName: owner.fullName,
        email: owner.email,
        dateOfBirth: owner.dateOfBirth,
        gender: owner.gender,
        organization: owner.organization,
        role: MemberRole.leader,
        userId: owner.id,
      };
      const blank = { answers: null, categoryId: '', fieldKey: null } as unknown as Entry;
      const form = applyForm(blank, [], dto, {
        contestFields: contest.fields,
        questions: await this.questions(manager, contest.id),
        owner,
        categoryId: category?.id ?? null,
      });
      const members = form.members ?? [leader];
      const draft = { ...form.values, applicantType: dto.applicantType } as Entry;
      await this.eligibility.assert(manager, {
        rules: effectiveRules(contest.eligibility, category?.eligibility),
        entry: { ...draft, organization: draft.organization ?? null, id: null },
        contest,
        // Everyone but the leader is new to the team: they have not confirmed yet.
        members: members.map((member) => ({
          ...member,
          confirmation:
            member.role === MemberRole.leader
              ? MemberConfirmation.confirmed
              : MemberConfirmation.pending,
        })),
        complete: false,
      });

      const code = await this.nextCode(manager, contest);
      const entry = manager.create(Entry, {
        ...draft,
        contestId: contest.id,
        categoryId: (category as Category).id,
        ownerId: owner.id,
        code,
        status: EntryStatus.draft,
        revision: 1,
      });
      Object.assign(entry, entrySearchColumns(entry));
      await manager.insert(Entry, entry);
      await this.roster.save(manager, entry, members, { contest, leader: owner });
      await recordEntryEvent(manager, {
        entryId: entry.id,
        actorId: owner.id,
        type: 'created',
        data: { code, revision: 1 },
      });
      return { id: entry.id, code, status: EntryStatus.draft };
    });
  }

  async get(principal: Principal, id: string): Promise<EntryResponse> {
    const manager = this.tx.manager;
    const entry = await this.entries.findForCaller(manager, id, principal);
    return this.response(manager, entry);
  }

  async update(principal: Principal, id: string, dto: UpdateEntryDto): Promise<EntryResponse> {
    return this.tx.run(async (manager) => {
      const entry = await this.entries.findForCaller(manager, id, principal, {
        lock: true,
        ownerOnly: true,
      });
      const contest = await manager.findOneOrFail(Contest, { where: { id: entry.contestId } });
      assertEntryEditable(entry, contest, new Date());
      const owner = await manager.findOneOrFail(User, { where: { id: entry.ownerId } });
      const category =
        dto.categoryKey === undefined
          ? undefined
          : await manager.findOne(Category, {
              where: { contestId: contest.id, key: dto.categoryKey },
            });
      const current = (await this.entries.members(manager, entry.id)).map(toMemberData);
      const form = applyForm(entry, current, dto, {
        contestFields: contest.fields,
        questions: await this.questions(manager, contest.id),
        owner,
        categoryId: category?.id ?? null,
      });
      if (form.changed.length === 0) return this.response(manager, entry);

      Object.assign(entry, form.values, { revision: entry.revision + 1 });
      await manager.update(
        Entry,
        { id: entry.id },
        { ...form.values, ...entrySearchColumns(entry), revision: entry.revision },
      );
      if (form.members)
        await this.roster.save(manager, entry, form.members, { contest, leader: owner });
      await recordEntryEvent(manager, {
        entryId: entry.id,
        actorId: principal.userId,
        type: 'updated',
        data: { revision: entry.revision, fields: form.changed.join(',') },
      });
      return this.response(manager, await manager.findOneOrFail(Entry, { where: { id } }));
    });
  }

  async response(manager: EntityManager, entry: Entry): Promise<EntryResponse> {
    const [category, contest, members, attachments] = await Promise.all([
      manager.findOne(Category, { where: { id: entry.categoryId } }),
      manager.findOneOrFail(Contest, { where: { id: entry.contestId } }),
      this.entries.members(manager, entry.id),
      this.entries.attachments(manager, entry.id),
    ]);
    const rule = memberConfirmationRule(effectiveRules(contest.eligibility, category?.eligibility));
    const now = new Date();
    return toEntryResponse(entry, {
      categoryKey: category?.key ?? null,
      members,
      attachments,
      memberConfirmation: memberConfirmationSummary(rule, members),
      lockedBy: entryLockOf(entry, contest, now),
      reopenable: mayReopen(entry, contest, now),
    });
  }

  private questions(manager: EntityManager, contestId: string): Promise<ContestQuestion[]> {
    return manager.find(ContestQuestion, { where: { contestId }, order: { position: 'ASC' } });
  }

  /** `<prefix>-0042`: the contest's counter, skipping a code another contest already holds. */
  private async nextCode(manager: EntityManager, contest: Contest): Promise<string> {
    let number = contest.lastEntryNumber;
    let code: string;
    do {
      number += 1;
      code = `${contest.codePrefix}-${String(number).padStart(4, '0')}`;
    } while (await this.entries.codeTaken(manager, code));
    await manager.update(Contest, { id: contest.id }, { lastEntryNumber: number });
    return code;
  }
}
