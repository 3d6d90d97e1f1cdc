import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PersonalDataRegistry } from '@app/accounts';
import type { DataSubject, Erasure, PersonalDataContributor, TableCoverage } from '@app/accounts';
import { InvestorProfile } from './investor-profile.entity';
import { MeetingRequest } from './meeting-request.entity';

/**
 * An investor's profile and the meeting requests they sent are theirs: exported, and
 * deleted on erasure (a request has no use without the investor; its slot is freed).
 * Requests to a team point at its entry, whose data the entries lib answers for.
 */
@Injectable()
export class InvestorsPersonalData implements PersonalDataContributor, OnModuleInit {
  readonly section = 'investor';
  readonly tables: TableCoverage[] = [
    {
      table: 'investor_profiles',
      personal: {
        userId: 'deleted with the profile',
        organisation: 'deleted',
        interests: 'deleted',
        decidedBy: 'kept: the organizer account that decided, erased with that account',
      },
    },
    { table: 'festival_meeting_slots', personal: {} },
    {
      table: 'festival_meeting_requests',
      personal: {
        investorUserId: 'deleted with the requests the investor sent',
        message: 'deleted',
        laterNote: 'deleted',
        entryId: 'points at a finalist entry, whose team data the entries lib exports and erases',
      },
    },
  ];

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async exportData(manager: EntityManager, subject: DataSubject): Promise<unknown> {
    const [profile, requests] = await Promise.all([
      manager.findOneBy(InvestorProfile, { userId: subject.userId }),
      manager.findBy(MeetingRequest, { investorUserId: subject.userId }),
    ]);
    return {
      profile: profile && {
        organisation: profile.organisation,
        kind: profile.kind,
        interests: profile.interests,
        status: profile.status,
        appliedAt: profile.createdAt,
        decidedAt: profile.decidedAt,
      },
      meetingRequests: requests.map((r) => ({
        festivalId: r.festivalId,
        entryId: r.entryId,
        slotId: r.slotId,
        laterNote: r.laterNote,
        message: r.message,
        status: r.status,
        requestedAt: r.createdAt,
      })),
    };
  }

  async erase(manager: EntityManager, erasure: Erasure): Promise<void> {
    await manager.delete(MeetingRequest, { investorUserId: erasure.userId });
    await manager.delete(InvestorProfile, { userId: erasure.userId });
  }
}
