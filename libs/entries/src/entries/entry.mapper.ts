import { toVietnamIsoOrNull } from '@app/platform/time/vietnam-time';
import type { Attachment } from '../attachments/attachment.entity';
import type { EntryEvent } from '../history/entry-event.entity';
import type { TeamMember } from '../members/team-member.entity';
import type { Entry, EntryAnswers } from './entry.entity';
import type { MemberRole } from '../members/team-member.entity';

export interface TeamMemberResponse {
  fullName: string;
  email: string;
  dateOfBirth: string | null;
  gender: string | null;
  organization: string | null;
  role: MemberRole;
}

export interface AttachmentSummary {
  id: string;
  kind: string;
  originalName: string;
  mediaType: string;
  sizeBytes: number;
  createdAt: string | null;
}

export interface EntryResponse {
  id: string;
  code: string;
  contestId: string;
  categoryKey: string | null;
  fieldKey: string | null;
  status: string;
  applicantType: string;
  title: string;
  teamName: string | null;
  organization: string | null;
  district: string | null;
  businessRegisteredOn: string | null;
  summary: string | null;
  problem: string | null;
  solution: string | null;
  customers: string | null;
  businessModel: string | null;
  advantage: string | null;
  stage: string | null;
  fundingNeeds: string | null;
  videoUrl: string | null;
  answers: EntryAnswers;
  members: TeamMemberResponse[];
  attachments: AttachmentSummary[];
  revision: number;
  submittedRevision: number | null;
  /** Edited since the last submission: the submitted version stands until resubmitted. */
  hasUnsubmittedChanges: boolean;
  /**
   * Why the team may not change the entry now (`ENTRY_LOCKED`, `DEADLINE_PASSED`,
   * `CONTEST_NOT_OPEN`), or null while edits, uploads, submission and withdrawal are open.
   */
  lockedBy: string | null;
  submittedAt: string | null;
  withdrawnAt: string | null;
  screeningReason: string | null;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface SubmitResponse {
  [key: string]: unknown;
  status: string;
  code: string;
  submittedAt: string | null;
  revision: number;
}

export interface EntryEventResponse {
  type: string;
  at: string | null;
  data: Record<string, string | number | boolean | null> | null;
}

export function toTeamMemberResponse(member: TeamMember): TeamMemberResponse {
  return {
    fullName: member.fullName,
    email: member.email,
    dateOfBirth: member.dateOfBirth,
    gender: member.gender,
    organization: member.organization,
    role: member.role,
  };
}

export function toAttachmentSummary(attachment: Attachment): AttachmentSummary {
  return {
    id: attachment.id,
    kind: attachment.kind,
    originalName: attachment.originalName,
    mediaType: attachment.mediaType,
    sizeBytes: attachment.sizeBytes,
    createdAt: toVietnamIsoOrNull(attachment.createdAt),
  };
}

/** What the team fills in: the same fields in the API's answer and in a submission's snapshot. */
export function entryFormFields(entry: Entry) {
  return {
    fieldKey: entry.fieldKey,
    applicantType: entry.applicantType,
    title: entry.title,
    teamName: entry.teamName,
    organization: entry.organization,
    district: entry.district,
    businessRegisteredOn: entry.businessRegisteredOn,
    summary: entry.summary,
    problem: entry.problem,
    solution: entry.solution,
    customers: entry.customers,
    businessModel: entry.businessModel,
    advantage: entry.advantage,
    stage: entry.stage,
    fundingNeeds: entry.fundingNeeds,
    videoUrl: entry.videoUrl,
    answers: entry.answers ?? {},
  };
}

export function toEntryResponse(
  entry: Entry,
  related: {
    categoryKey: string | null;
    members: TeamMember[];
    attachments: Attachment[];
    lockedBy: string | null;
  },
): EntryResponse {
  return {
    id: entry.id,
    code: entry.code,
    contestId: entry.contestId,
    categoryKey: related.categoryKey,
    status: entry.status,
    ...entryFormFields(entry),
    members: related.members.map(toTeamMemberResponse),
    attachments: related.attachments.map(toAttachmentSummary),
    revision: entry.revision,
    submittedRevision: entry.submittedRevision,
    hasUnsubmittedChanges:
      entry.submittedRevision !== null && entry.submittedRevision !== entry.revision,
    lockedBy: related.lockedBy,
    submittedAt: toVietnamIsoOrNull(entry.submittedAt),
    withdrawnAt: toVietnamIsoOrNull(entry.withdrawnAt),
    screeningReason: entry.screeningReason,
    createdAt: toVietnamIsoOrNull(entry.createdAt),
    updatedAt: toVietnamIsoOrNull(entry.updatedAt),
  };
}

export function toSubmitResponse(entry: Entry): SubmitResponse {
  return {
    status: entry.status,
    code: entry.code,
    submittedAt: toVietnamIsoOrNull(entry.submittedAt),
    revision: entry.revision,
  };
}

export function toEntryEventResponse(event: EntryEvent): EntryEventResponse {
  return { type: event.type, at: toVietnamIsoOrNull(event.createdAt), data: event.data };
}
