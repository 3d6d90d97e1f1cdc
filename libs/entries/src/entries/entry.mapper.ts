import { toVietnamIsoOrNull } from '@app/platform';
import type { Attachment } from '../attachments/attachment.entity';
import type { EntryEvent } from '../history/entry-event.entity';
import type { TeamMember } from '../members/team-member.entity';
import type { Entry, EntryAnswers } from './entry.entity';
import type { MemberConfirmation, MemberRole } from '../members/team-member.entity';
import type { MemberConfirmationSummary } from '../members/member-confirmation';

export interface TeamMemberResponse {
  fullName: string;
  email: string;
  dateOfBirth: string | null;
  gender: string | null;
  organization: string | null;
  role: MemberRole;
}

/**
 * A member as the team's leader and the organizers see them: the form's details, and
 * whether the person has confirmed their place. Judges and snapshots get the details only.
 */
export interface EntryMemberResponse extends TeamMemberResponse {
  id: string;
  confirmation: MemberConfirmation;
  /** When they confirmed or declined. */
  respondedAt: string | null;
  /** When the last confirmation link was mailed; null: not mailed (see the cool-down). */
  invitedAt: string | null;
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
  commune: string | null;
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
  members: EntryMemberResponse[];
  /** The contest's confirmation rule and the members who have not confirmed. */
  memberConfirmation: MemberConfirmationSummary;
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
  /** Withdrawn, and the contest still takes changes: `POST /entries/:id/reopen` brings it back. */
  reopenable: boolean;
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
  /**
   * Who had not confirmed at submission, and the rule (under `not_required` the entry is
   * submitted all the same; under `before_submission` the list is empty).
   */
  memberConfirmation: MemberConfirmationSummary;
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

export function toEntryMemberResponse(member: TeamMember): EntryMemberResponse {
  return {
    id: member.id,
    ...toTeamMemberResponse(member),
    confirmation: member.confirmation,
    respondedAt: toVietnamIsoOrNull(member.respondedAt),
    invitedAt: toVietnamIsoOrNull(member.invitedAt),
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
    commune: entry.commune,
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
    memberConfirmation: MemberConfirmationSummary;
    lockedBy: string | null;
    reopenable: boolean;
  },
): EntryResponse {
  return {
    id: entry.id,
    code: entry.code,
    contestId: entry.contestId,
    categoryKey: related.categoryKey,
    status: entry.status,
    ...entryFormFields(entry),
    members: related.members.map(toEntryMemberResponse),
    memberConfirmation: related.memberConfirmation,
    attachments: related.attachments.map(toAttachmentSummary),
    revision: entry.revision,
    submittedRevision: entry.submittedRevision,
    hasUnsubmittedChanges:
      entry.submittedRevision !== null && entry.submittedRevision !== entry.revision,
    lockedBy: related.lockedBy,
    reopenable: related.reopenable,
    submittedAt: toVietnamIsoOrNull(entry.submittedAt),
    withdrawnAt: toVietnamIsoOrNull(entry.withdrawnAt),
    screeningReason: entry.screeningReason,
    createdAt: toVietnamIsoOrNull(entry.createdAt),
    updatedAt: toVietnamIsoOrNull(entry.updatedAt),
  };
}

export function toSubmitResponse(
  entry: Entry,
  memberConfirmation: MemberConfirmationSummary,
): SubmitResponse {
  return {
    status: entry.status,
    code: entry.code,
    submittedAt: toVietnamIsoOrNull(entry.submittedAt),
    revision: entry.revision,
    memberConfirmation,
  };
}

export function toEntryEventResponse(event: EntryEvent): EntryEventResponse {
  return { type: event.type, at: toVietnamIsoOrNull(event.createdAt), data: event.data };
}
