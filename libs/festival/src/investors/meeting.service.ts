import { Injectable } from '@nestjs/common';
import { In, IsNull, Not } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { newSecretToken, User } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { Entry } from '@app/entries';
import { OutboxService } from '@app/notifications';
import { AppConfig, DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import type { Locale } from '@app/platform';
import { Festival } from '../programme/festival.entity';
import { festivalOrFail } from '../programme/festival-lookup';
import type { AnswerMeetingDto, MeetingSlotDto, RequestMeetingDto } from './investors.dto';
import { InvestorProfile } from './investor-profile.entity';
import { approvedProfileOf, InvestorService, namesOf, visibleFinalists } from './investor.service';
import { toMeeting, toMeetingSlot } from './investors.mapper';
import type {
  MeetingBoardResponse,
  MeetingResponse,
  MeetingSlotResponse,
} from './investors.mapper';
import { meetingCalendar } from './meeting-calendar';
import { mailMeetingAnswered, mailMeetingRequested } from './meeting-mails';
import { MeetingRequest } from './meeting-request.entity';
import { MeetingSlot } from './meeting-slot.entity';

/**
 * Meetings between approved investors and finalist teams. A request names a festival
 * slot (one meeting per slot: MEETING_SLOT_TAKEN) or proposes a meeting later; the team's
 * owner accepts or declines once (MEETING_ALREADY_ANSWERED); a decline frees the slot.
 */
@Injectable()
export class MeetingService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly investors: InvestorService,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  async addSlot(contestId: string, dto: MeetingSlotDto): Promise<MeetingSlotResponse> {
    return this.tx.run(async (manager) => {
      const festival = await festivalOrFail(manager, contestId);
      const slot = manager.create(MeetingSlot, { festivalId: festival.id, ...dto });
      await manager.insert(MeetingSlot, slot);
      return toMeetingSlot(slot, false);
    });
  }

  /** The festival's slots in time order, each marked when a request holds it. */
  async slots(principal: Principal, contestId: string): Promise<MeetingSlotResponse[]> {
    const manager = this.tx.manager;
    const audience = await this.investors.assertMayMeet(manager, principal);
    const festival = await festivalOrFail(manager, contestId, audience);
    const slots = await manager.find(MeetingSlot, {
      where: { festivalId: festival.id },
      order: { startTime: 'ASC', place: 'ASC' },
    });
    const held = await manager.findBy(MeetingRequest, {
      festivalId: festival.id,
      slotHold: Not(IsNull()),
    });
    const taken = new Set(held.map((r) => r.slotHold));
    return slots.map((s) => toMeetingSlot(s, taken.has(s.id)));
  }

  async request(
    principal: Principal,
    contestId: string,
    dto: RequestMeetingDto,
  ): Promise<MeetingResponse> {
    const slotId = dto.slotId ?? null;
    const laterNote = dto.laterNote ?? null;
    if ((slotId === null) === (laterNote === null))
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Validation failed', [
        {
          field: 'slotId',
          code: 'required',
          messages: ['give either slotId (a festival slot) or laterNote (a meeting later)'],
        },
      ]);
    return this.tx.runRacing(async (manager) => {
      const profile = await approvedProfileOf(manager, principal.userId);
      const festival = await festivalOrFail(manager, contestId, 'public');
      const entry = (await visibleFinalists(manager, contestId)).find((e) => e.id === dto.entryId);
      // A team that did not opt in is not there for investors at all: not found, not forbidden.
      if (!entry) throw new DomainError(ErrorCode.NOT_FOUND, 'No such finalist for investors');
      const slot = slotId ? await manager.findOneBy(MeetingSlot, { id: slotId }) : null;
      if (slotId && slot?.festivalId !== festival.id)
        throw new DomainError(ErrorCode.NOT_FOUND, 'No such meeting slot in this festival');
      if (slot && (await manager.existsBy(MeetingRequest, { slotHold: slot.id })))
        throw new DomainError(ErrorCode.MEETING_SLOT_TAKEN, 'This slot already holds a meeting');
      const request = manager.create(MeetingRequest, {
        festivalId: festival.id,
        investorUserId: principal.userId,
        entryId: entry.id,
        slotId,
        // The unique index on slotHold refuses the loser of two requests at once; runRacing
        // runs it again, and it meets MEETING_SLOT_TAKEN above.
        slotHold: slotId,
        laterNote,
        message: dto.message,
        status: 'pending',
        calendarToken: newSecretToken(),
      });
      await manager.insert(MeetingRequest, request);
      const parts = await this.partsOf(manager, festival, request, slot, entry, profile);
      await mailMeetingRequested(this.outbox, manager, parts);
      return toMeeting(request, meetingParts(parts));
    }, 'Another request took this slot at the same moment; please try again');
  }

  /** The team's answer, by its owner only; a decline frees the slot. */
  async answer(
    principal: Principal,
    requestId: string,
    dto: AnswerMeetingDto,
  ): Promise<MeetingResponse> {
    return this.tx.run(async (manager) => {
      const request = await manager.findOneBy(MeetingRequest, { id: requestId });
      if (!request) throw new DomainError(ErrorCode.NOT_FOUND, 'No such meeting request');
      const entry = await manager.findOneByOrFail(Entry, { id: request.entryId });
      if (entry.ownerId !== principal.userId)
        throw new DomainError(
          ErrorCode.FORBIDDEN,
          "Only the team's owner answers a meeting request",
        );
      const status = dto.accept ? 'accepted' : 'declined';
      const moved = await manager.update(
        MeetingRequest,
        { id: request.id, status: 'pending' },
        { status, answeredAt: new Date(), ...(dto.accept ? {} : { slotHold: null }) },
      );
      if (!moved.affected)
        throw new DomainError(
          ErrorCode.MEETING_ALREADY_ANSWERED,
          'This request was already answered',
        );
      const answered = await manager.findOneByOrFail(MeetingRequest, { id: request.id });
      const festival = await manager.findOneByOrFail(Festival, { id: request.festivalId });
      const slot = request.slotId
        ? await manager.findOneBy(MeetingSlot, { id: request.slotId })
        : null;
      const profile = await manager.findOneByOrFail(InvestorProfile, {
        userId: request.investorUserId,
      });
      const parts = await this.partsOf(manager, festival, answered, slot, entry, profile);
      await mailMeetingAnswered(this.outbox, manager, parts);
      return toMeeting(answered, meetingParts(parts));
    });
  }

  /** Every request of the festival, and the day's accepted meetings in time order. */
  async board(contestId: string): Promise<MeetingBoardResponse> {
    const manager = this.tx.manager;
    const festival = await festivalOrFail(manager, contestId);
    const requests = await manager.find(MeetingRequest, {
      where: { festivalId: festival.id },
      order: { createdAt: 'ASC' },
    });
    const all = await this.describe(manager, requests);
    const day = all
      .filter((m) => m.status === 'accepted' && m.slot)
      .sort((a, b) =>
        (a.slot!.startTime + a.slot!.place).localeCompare(b.slot!.startTime + b.slot!.place),
      );
    return { requests: all, day };
  }

  /** The caller's requests: those they sent as an investor and those to their teams. */
  async mine(principal: Principal): Promise<MeetingResponse[]> {
    return (await this.readMine(principal)).all;
  }

  /** The same requests by side: to the caller's teams (to answer) and sent as an investor. */
  async mineBySide(
    principal: Principal,
  ): Promise<{ received: MeetingResponse[]; sent: MeetingResponse[] }> {
    const { all, sentIds } = await this.readMine(principal);
    return {
      received: all.filter((m) => !sentIds.has(m.id)),
      sent: all.filter((m) => sentIds.has(m.id)),
    };
  }

  private async readMine(principal: Principal) {
    const manager = this.tx.manager;
    const owned = await ownedEntryIds(manager, principal.userId);
    const where = [
      { investorUserId: principal.userId },
      ...(owned.length ? [{ entryId: In(owned) }] : []),
    ];
    const requests = await manager.find(MeetingRequest, { where, order: { createdAt: 'ASC' } });
    const sentIds = new Set(
      requests.filter((r) => r.investorUserId === principal.userId).map((r) => r.id),
    );
    return { all: await this.describe(manager, requests), sentIds };
  }

  /** The calendar file of an accepted slot meeting, by the secret link in the mails. */
  async calendar(token: string, locale: Locale): Promise<string> {
    const manager = this.tx.manager;
    const request = await manager.findOneBy(MeetingRequest, { calendarToken: token });
    if (!request || request.status !== 'accepted' || !request.slotId)
      throw new DomainError(ErrorCode.NOT_FOUND, 'No accepted meeting at this link');
    const festival = await manager.findOneByOrFail(Festival, { id: request.festivalId });
    const slot = await manager.findOneByOrFail(MeetingSlot, { id: request.slotId });
    const entry = await manager.findOneByOrFail(Entry, { id: request.entryId });
    const profile = await manager.findOneByOrFail(InvestorProfile, {
      userId: request.investorUserId,
    });
    return meetingCalendar(
      festival,
      request,
      slot,
      {
        entryTitle: entry.title,
        organisation: profile.organisation,
      },
      locale,
    );
  }

  calendarLink(token: string): string {
    return `${this.config.publicUrl}/api/v1/festival/meetings/calendar/${encodeURIComponent(token)}`;
  }

  private async partsOf(
    manager: EntityManager,
    festival: Festival,
    request: MeetingRequest,
    slot: MeetingSlot | null,
    entry: Entry,
    profile: InvestorProfile,
  ) {
    const users = await namesOf(manager, [entry.ownerId, request.investorUserId]);
    return {
      festival,
      request,
      slot,
      entry,
      profile,
      owner: users.get(entry.ownerId)!,
      investor: users.get(request.investorUserId)!,
      calendarLink: this.calendarLink(request.calendarToken),
      meetingsLink: `${this.config.publicUrl}/me/meetings`,
    };
  }

  private async describe(
    manager: EntityManager,
    requests: MeetingRequest[],
  ): Promise<MeetingResponse[]> {
    if (requests.length === 0) return [];
    const slotIds = requests.flatMap((r) => (r.slotId ? [r.slotId] : []));
    const [entries, slots, profiles, users] = await Promise.all([
      manager.findBy(Entry, { id: In(requests.map((r) => r.entryId)) }),
      slotIds.length ? manager.findBy(MeetingSlot, { id: In(slotIds) }) : Promise.resolve([]),
      manager.findBy(InvestorProfile, { userId: In(requests.map((r) => r.investorUserId)) }),
      namesOf(
        manager,
        requests.map((r) => r.investorUserId),
      ),
    ]);
    return requests.map((r) => {
      const entry = entries.find((e) => e.id === r.entryId);
      return toMeeting(r, {
        entry: { code: entry?.code ?? '', title: entry?.title ?? '' },
        investorName: users.get(r.investorUserId)?.fullName ?? '',
        organisation: profiles.find((p) => p.userId === r.investorUserId)?.organisation ?? '',
        slot: slots.find((s) => s.id === r.slotId) ?? null,
      });
    });
  }
}

function meetingParts(p: {
  entry: Entry;
  investor: User;
  profile: InvestorProfile;
  slot: MeetingSlot | null;
}) {
  return {
    entry: p.entry,
    investorName: p.investor.fullName,
    organisation: p.profile.organisation,
    slot: p.slot,
  };
}

async function ownedEntryIds(manager: EntityManager, userId: string): Promise<string[]> {
  const owned = await manager.find(Entry, { where: { ownerId: userId }, select: { id: true } });
  return owned.map((e) => e.id);
}
