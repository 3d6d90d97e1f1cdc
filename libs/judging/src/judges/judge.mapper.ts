import type { User } from '@app/accounts';
import type { Contest } from '@app/contests';
import { ContestJudge } from './contest-judge.entity';
import type { ContestJudgeResponse, JudgeInvitationResponse } from './judge.dto';

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

export function toContestJudgeResponse(
  judge: ContestJudge,
  user: Pick<User, 'fullName' | 'email' | 'organization'>,
): ContestJudgeResponse {
  return {
    id: judge.id,
    contestId: judge.contestId,
    userId: judge.userId,
    fullName: user.fullName,
    email: user.email,
    organization: user.organization,
    status: judge.status,
    categoryKeys: judge.categoryKeys ?? [],
    fieldKeys: judge.fieldKeys ?? [],
    invitedAt: iso(judge.createdAt)!,
    respondedAt: iso(judge.respondedAt),
    showNameOnResults: judge.showNameOnResults,
  };
}

export function toJudgeInvitationResponse(
  judge: ContestJudge,
  contest: Pick<Contest, 'slug' | 'nameVi' | 'nameEn'>,
): JudgeInvitationResponse {
  return {
    id: judge.id,
    contestId: judge.contestId,
    contestSlug: contest.slug,
    contestNameVi: contest.nameVi,
    contestNameEn: contest.nameEn,
    status: judge.status,
    categoryKeys: judge.categoryKeys ?? [],
    fieldKeys: judge.fieldKeys ?? [],
    invitedAt: iso(judge.createdAt)!,
    respondedAt: iso(judge.respondedAt),
  };
}
