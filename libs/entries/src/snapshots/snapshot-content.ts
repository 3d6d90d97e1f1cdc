import type { Attachment } from '../attachments/attachment.entity';
import type { Entry } from '../entries/entry.entity';
import type { TeamMember } from '../members/team-member.entity';

/**
 * The entry as submitted, in full: the form, the team and the files' metadata (the files
 * themselves are never changed in place, so their ids and digests pin them down).
 */
export function snapshotContent(
  entry: Entry,
  categoryKey: string | null,
  members: TeamMember[],
  attachments: Attachment[],
): Record<string, unknown> {
  return {
    id: entry.id,
    code: entry.code,
    contestId: entry.contestId,
    categoryId: entry.categoryId,
    categoryKey,
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
    revision: entry.revision,
    members: members.map((m) => ({
      fullName: m.fullName,
      email: m.email,
      dateOfBirth: m.dateOfBirth,
      gender: m.gender,
      organization: m.organization,
      role: m.role,
    })),
    attachments: attachments.map((a) => ({
      id: a.id,
      kind: a.kind,
      originalName: a.originalName,
      mediaType: a.mediaType,
      sizeBytes: a.sizeBytes,
      sha256: a.sha256,
    })),
  };
}
