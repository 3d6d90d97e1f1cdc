import { Role } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { MemberConfirmation } from '@app/entries';
import type { Entry, TeamMember } from '@app/entries';

const SEES_EVERY_CERTIFICATE: ReadonlySet<Role> = new Set([Role.organizer, Role.admin]);

/**
 * Whose certificates a caller may download, the one place this is decided. Organizers:
 * anyone's. The team leader (the entry's account holder): the whole team's, since most
 * members have no account and the leader hands the papers out. Anyone else: their own,
 * as the member row's account or as its confirmed address once the account's address is
 * verified (an unverified account could have typed someone else's address).
 */
export function mayDownload(principal: Principal, entry: Entry, member: TeamMember): boolean {
  if (SEES_EVERY_CERTIFICATE.has(principal.role)) return true;
  if (entry.ownerId === principal.userId) return true;
  return isPerson(principal, member);
}

/** Whether the member row is the caller. */
export function isPerson(principal: Principal, member: TeamMember): boolean {
  if (member.userId === principal.userId) return true;
  return (
    principal.emailVerified &&
    member.confirmation === MemberConfirmation.confirmed &&
    member.email === principal.email.toLowerCase()
  );
}

/** Whether the caller may know the entry has certificates at all (else: "not found"). */
export function seesEntry(principal: Principal, entry: Entry, members: TeamMember[]): boolean {
  return (
    SEES_EVERY_CERTIFICATE.has(principal.role) ||
    entry.ownerId === principal.userId ||
    members.some((m) => isPerson(principal, m))
  );
}
