import type { DataSource } from 'typeorm';
import { ContestJudge, JudgeStatus } from '@app/judging/judges/contest-judge.entity';

/**
 * A judge of a contest written straight to the database (the invitation route is tested
 * on its own): `await addContestJudge(db, contest.id, judge.id)` gives an accepted judge.
 */
export async function addContestJudge(
  db: DataSource,
  contestId: string,
  userId: string,
  input: Partial<ContestJudge> = {},
): Promise<ContestJudge> {
  const judge = db.manager.create(ContestJudge, {
    contestId,
    userId,
    status: JudgeStatus.accepted,
    categoryKeys: [],
    fieldKeys: [],
    invitedBy: null,
    respondedAt: new Date(),
    ...input,
  });
  await db.manager.insert(ContestJudge, judge);
  return judge;
}
