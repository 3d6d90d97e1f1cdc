import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@app/accounts';
import { Entry, MemberConfirmation, TeamMember } from '@app/entries';
import { Announcement } from '../announcement/announcement.entity';
import { isPerson } from '../certificates/certificate-access';

/**
 * The entries a person is on: those they lead (own) and those listing them as a confirmed
 * member, by the same rule as their certificates (their account, or their confirmed
 * address once the account's address is verified). Newest first.
 */
export async function entriesOfPerson(
  manager: EntityManager,
  principal: Principal,
): Promise<Entry[]> {
  const rows = await manager.find(TeamMember, {
    where: [{ userId: principal.userId }, { email: principal.email.toLowerCase() }],
  });
  // Someone who declined (or never answered) took no part, whatever row names them.
  const memberOf = rows
    .filter((m) => m.confirmation === MemberConfirmation.confirmed && isPerson(principal, m))
    .map((m) => m.entryId);
  return manager.find(Entry, {
    where: [
      { ownerId: principal.userId },
      ...(memberOf.length ? [{ id: In([...new Set(memberOf)]) }] : []),
    ],
    order: { createdAt: 'DESC' },
  });
}

/**
 * The latest announcement version of each contest that has one: what members may read of
 * their results. A contest missing from the map is not announced, and nothing of its
 * results (outcome, certificates) is shown to its teams yet.
 */
export async function latestAnnouncements(
  manager: EntityManager,
  contestIds: string[],
): Promise<Map<string, Announcement>> {
  if (contestIds.length === 0) return new Map();
  const versions = await manager.find(Announcement, {
    where: { contestId: In([...new Set(contestIds)]) },
    order: { version: 'ASC' },
  });
  return new Map(versions.map((v) => [v.contestId, v]));
}
