import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { AuditService, Role, User } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { OutboxService } from '@app/notifications';
import { AppConfig, DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import { GalleryListing, finalistsOf, mayShowInGallery } from '@app/results';
import { festivalOrFail } from '../programme/festival-lookup';
import type { Audience } from '../programme/festival.mapper';
import type { InvestorDecisionDto, InvestorProfileDto } from './investors.dto';
import { InvestorProfile } from './investor-profile.entity';
import { toInvestorProfile } from './investors.mapper';
import type { InvestorFinalistResponse, InvestorProfileResponse } from './investors.mapper';

const ORGANIZERS: ReadonlySet<Role> = new Set([Role.organizer, Role.admin]);

/**
 * Investors: an account applies with its profile, organizers approve or refuse it (in
 * the audit log, with a mail), and an approved investor sees the festival's finalists
 * whose teams opted into the public gallery. The gallery opt-in is reused on purpose: a
 * team that chose to show its card to everyone has shown it to investors too, and a team
 * that did not is not shown to anyone, so there is one choice for teams to understand.
 */
@Injectable()
export class InvestorService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  /** Applies, or changes the application; a changed profile waits for a decision again. */
  async apply(principal: Principal, dto: InvestorProfileDto): Promise<InvestorProfileResponse> {
    return this.tx.runRacing(async (manager) => {
      const fields = { organisation: dto.organisation, kind: dto.kind, interests: dto.interests };
      const current = await manager.findOneBy(InvestorProfile, { userId: principal.userId });
      if (current)
        await manager.update(
          InvestorProfile,
          { id: current.id },
          { ...fields, status: 'pending', decidedBy: null, decidedAt: null },
        );
      else await manager.insert(InvestorProfile, { userId: principal.userId, ...fields });
      const profile = await manager.findOneByOrFail(InvestorProfile, { userId: principal.userId });
      return toInvestorProfile(profile, principal.fullName);
    }, 'The profile was sent twice at the same moment; please try again');
  }

  async mine(principal: Principal): Promise<InvestorProfileResponse> {
    const profile = await this.tx.manager.findOneBy(InvestorProfile, { userId: principal.userId });
    if (!profile) throw new DomainError(ErrorCode.NOT_FOUND, 'No investor profile');
    return toInvestorProfile(profile, principal.fullName);
  }

  /** Every application, pending first, for organizers. */
  async list(): Promise<InvestorProfileResponse[]> {
    const manager = this.tx.manager;
    const profiles = await manager.find(InvestorProfile, { order: { createdAt: 'ASC' } });
    const names = await namesOf(
      manager,
      profiles.map((p) => p.userId),
    );
    const rank = { pending: 0, approved: 1, refused: 2 } as const;
    return profiles
      .sort((a, b) => rank[a.status] - rank[b.status])
      .map((p) => toInvestorProfile(p, names.get(p.userId)?.fullName ?? ''));
  }

  async decide(
    principal: Principal,
    profileId: string,
    dto: InvestorDecisionDto,
  ): Promise<InvestorProfileResponse> {
    return this.tx.run(async (manager) => {
      const profile = await manager.findOneBy(InvestorProfile, { id: profileId });
      if (!profile) throw new DomainError(ErrorCode.NOT_FOUND, 'No such investor profile');
      const status = dto.approve ? 'approved' : 'refused';
      const decidedAt = new Date();
      await manager.update(
        InvestorProfile,
        { id: profile.id },
        { status, decidedBy: principal.userId, decidedAt },
      );
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: `investor.${status}`,
        subjectType: 'user',
        subjectId: profile.userId,
        data: { profileId: profile.id },
      });
      const user = await manager.findOneByOrFail(User, { id: profile.userId });
      // One mail per decision: deciding again (a revoked approval) writes a new one.
      const mail = {
        dedupeKey: `investor-decision:${profile.id}:${decidedAt.getTime()}`,
        recipientEmail: user.email,
        locale: user.locale === 'en' ? ('en' as const) : ('vi' as const),
      };
      const data = { fullName: user.fullName, organisation: profile.organisation };
      if (dto.approve)
        await this.outbox.enqueue(manager, {
          ...mail,
          template: 'investor-approved',
          data: { ...data, link: `${this.config.publicUrl}/contests` },
        });
      else await this.outbox.enqueue(manager, { ...mail, template: 'investor-refused', data });
      return toInvestorProfile({ ...profile, status, decidedAt }, user.fullName);
    });
  }

  /** The finalists of the contest's festival that opted in, for approved investors and organizers. */
  async finalists(principal: Principal, contestId: string): Promise<InvestorFinalistResponse[]> {
    const manager = this.tx.manager;
    await festivalOrFail(manager, contestId, await this.assertMayMeet(manager, principal));
    return visibleFinalists(manager, contestId).then((entries) =>
      entries.map((e) => ({
        entryId: e.id,
        code: e.code,
        title: e.title,
        teamName: e.teamName,
        summary: e.summary,
        categoryId: e.categoryId,
      })),
    );
  }

  /**
   * Organizers pass (and see an unpublished festival); anyone else needs an approved
   * investor profile (INVESTOR_NOT_APPROVED) and sees only a published one.
   */
  async assertMayMeet(manager: EntityManager, principal: Principal): Promise<Audience> {
    if (ORGANIZERS.has(principal.role)) return 'organizers';
    await approvedProfileOf(manager, principal.userId);
    return 'public';
  }
}

export async function approvedProfileOf(
  manager: EntityManager,
  userId: string,
): Promise<InvestorProfile> {
  const profile = await manager.findOneBy(InvestorProfile, { userId });
  if (profile?.status !== 'approved')
    throw new DomainError(
      ErrorCode.INVESTOR_NOT_APPROVED,
      'Only investors approved by the organizers meet the teams',
    );
  return profile;
}

/** Finalists whose team opted into the gallery and whose entry may be shown at all. */
export async function visibleFinalists(manager: EntityManager, contestId: string) {
  const finalists = (await finalistsOf(manager, contestId)).filter((e) =>
    mayShowInGallery(e.status),
  );
  if (finalists.length === 0) return [];
  const listed = await manager.findBy(GalleryListing, { entryId: In(finalists.map((e) => e.id)) });
  const shown = new Set(listed.map((l) => l.entryId));
  return finalists.filter((e) => shown.has(e.id));
}

export async function namesOf(manager: EntityManager, ids: string[]): Promise<Map<string, User>> {
  if (ids.length === 0) return new Map();
  const users = await manager.findBy(User, { id: In([...new Set(ids)]) });
  return new Map(users.map((u) => [u.id, u]));
}
