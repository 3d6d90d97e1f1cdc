import { toVietnamIso, toVietnamIsoOrNull } from '@app/platform';
import type { InvestorKind, InvestorProfile, InvestorStatus } from './investor-profile.entity';
import type { MeetingRequest, MeetingStatus } from './meeting-request.entity';
import type { MeetingSlot } from './meeting-slot.entity';

export interface InvestorProfileResponse {
  id: string;
  userId: string;
  fullName: string;
  organisation: string;
  kind: InvestorKind;
  interests: string;
  status: InvestorStatus;
  decidedAt: string | null;
}

/** A finalist as approved investors see it: the team's public card, nothing private. */
export interface InvestorFinalistResponse {
  entryId: string;
  code: string;
  title: string;
  teamName: string | null;
  summary: string | null;
  categoryId: string;
}

export interface MeetingSlotResponse {
  id: string;
  startTime: string;
  endTime: string;
  place: string;
  /** Held by a pending or accepted request. */
  taken: boolean;
}

export interface MeetingResponse {
  id: string;
  status: MeetingStatus;
  entryId: string;
  entryCode: string;
  entryTitle: string;
  investorName: string;
  organisation: string;
  slot: Omit<MeetingSlotResponse, 'taken'> | null;
  laterNote: string | null;
  message: string;
  requestedAt: string;
  answeredAt: string | null;
}

/** Every request of the festival, and the accepted meetings at its slots in time order. */
export interface MeetingBoardResponse {
  requests: MeetingResponse[];
  day: MeetingResponse[];
}

export function toInvestorProfile(
  profile: InvestorProfile,
  fullName: string,
): InvestorProfileResponse {
  return {
    id: profile.id,
    userId: profile.userId,
    fullName,
    organisation: profile.organisation,
    kind: profile.kind,
    interests: profile.interests,
    status: profile.status,
    decidedAt: toVietnamIsoOrNull(profile.decidedAt),
  };
}

export function toMeetingSlot(slot: MeetingSlot, taken: boolean): MeetingSlotResponse {
  return {
    id: slot.id,
    startTime: slot.startTime,
    endTime: slot.endTime,
    place: slot.place,
    taken,
  };
}

/** What a meeting row needs besides itself: its team's entry, its investor, its slot. */
export interface MeetingParts {
  entry: { code: string; title: string };
  investorName: string;
  organisation: string;
  slot: MeetingSlot | null;
}

export function toMeeting(request: MeetingRequest, parts: MeetingParts): MeetingResponse {
  const slot = parts.slot;
  return {
    id: request.id,
    status: request.status,
    entryId: request.entryId,
    entryCode: parts.entry.code,
    entryTitle: parts.entry.title,
    investorName: parts.investorName,
    organisation: parts.organisation,
    slot: slot
      ? { id: slot.id, startTime: slot.startTime, endTime: slot.endTime, place: slot.place }
      : null,
    laterNote: request.laterNote,
    message: request.message,
    requestedAt: toVietnamIso(request.createdAt),
    answeredAt: toVietnamIsoOrNull(request.answeredAt),
  };
}
