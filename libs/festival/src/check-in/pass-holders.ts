import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { User } from '@app/accounts';
import { MemberConfirmation, TeamMember } from '@app/entries';
import { ContestJudge, JudgeStatus } from '@app/judging';
import { toLocale } from '@app/platform';
import { finalistsOf } from '@app/results';
import type { PassHolder } from './festival-pass.service';

/*
 * The festival's participants: who gets a pass, the programme mail and the mails about
 * the final's sessions. Guests are read from their registrations (guests lib).
 */

/** Confirmed members of the final round's teams. */
export async function finalistMembers(
  manager: EntityManager,
  contestId: string,
): Promise<PassHolder[]> {
  const finalists = await finalistsOf(manager, contestId);
  if (finalists.length === 0) return [];
  const members = await manager.findBy(TeamMember, {
    entryId: In(finalists.map((e) => e.id)),
    confirmation: MemberConfirmation.confirmed,
  });
  const users = await usersById(
    manager,
    members.flatMap((m) => (m.userId ? [m.userId] : [])),
  );
  return members.map((m) => ({
    key: `member:${m.id}`,
    role: 'finalist' as const,
    fullName: m.fullName,
    email: m.email,
    locale: toLocale(m.userId ? users.get(m.userId)?.locale : undefined),
  }));
}

export async function acceptedJudges(
  manager: EntityManager,
  contestId: string,
): Promise<PassHolder[]> {
  const judges = await manager.findBy(ContestJudge, { contestId, status: JudgeStatus.accepted });
  const users = await usersById(
    manager,
    judges.map((j) => j.userId),
  );
  return judges.flatMap((j) => {
    const user = users.get(j.userId);
    return user
      ? [
          {
            key: `judge:${user.id}`,
            role: 'judge' as const,
            fullName: user.fullName,
            email: user.email,
            locale: toLocale(user.locale),
          },
        ]
      : [];
  });
}

async function usersById(manager: EntityManager, ids: string[]): Promise<Map<string, User>> {
  if (ids.length === 0) return new Map();
  const users = await manager.findBy(User, { id: In([...new Set(ids)]) });
  return new Map(users.map((u) => [u.id, u]));
}
