import type { Attachment } from '../attachments/attachment.entity';
import type { Entry } from '../entries/entry.entity';
import type { TeamMember } from '../members/team-member.entity';
import { entryFormFields, toTeamMemberResponse } from '../entries/entry.mapper';

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
    ...entryFormFields(entry),
    revision: entry.revision,
    members: members.map(toTeamMemberResponse),
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
