import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { TeamMemberData } from './team-list';
import { MemberInvitations } from './member-invitations';
import type { InvitationContext } from './member-invitations';
import { MemberConfirmation, MemberRole, TeamMember } from './team-member.entity';
import { memberSearchText } from '../listing/search-text';

type Entry = InvitationContext['entry'] & { contestId: string };

const FORM_COLUMNS = [
  'fullName',
  'dateOfBirth',
  'gender',
  'organization',
  'role',
  'userId',
  'position',
] as const;

/**
 * Stores a team list, keeping what each person has said: a person is their e-mail address,
 * so a member whose address is still listed keeps their row, confirmation and pending link
 * (only the details typed about them change); a new address is a new member, pending, who
 * is mailed a link; an address no longer listed is removed with its link. The leader, the
 * account holder, is confirmed by listing the team.
 */
@Injectable()
export class TeamRoster {
  constructor(private readonly invitations: MemberInvitations) {}

  /** Call with the entry's row locked (or new): the invitations' cool-down relies on it. */
  async save(
    manager: EntityManager,
    entry: Entry,
    team: readonly TeamMemberData[],
    context: Omit<InvitationContext, 'entry'>,
    now = new Date(),
  ): Promise<void> {
    const current = await manager.find(TeamMember, { where: { entryId: entry.id } });
    const byEmail = new Map(current.map((member) => [member.email, member]));
    const listed = new Set(team.map((member) => member.email));
    const gone = current.filter((member) => !listed.has(member.email)).map((member) => member.id);
    if (gone.length > 0) await manager.delete(TeamMember, { id: In(gone) });

    const fresh: TeamMember[] = [];
    for (const [position, member] of team.entries()) {
      const isLeader = member.role === MemberRole.leader;
      const existing = byEmail.get(member.email);
      if (existing) {
        const changes: Partial<TeamMember> = {};
        const wanted = { ...member, position };
        for (const column of FORM_COLUMNS)
          if (existing[column] !== wanted[column])
            (changes as Record<string, unknown>)[column] = wanted[column];
        const searchText = memberSearchText(member);
        if (existing.searchText !== searchText) changes.searchText = searchText;
        if (isLeader && existing.confirmation !== MemberConfirmation.confirmed)
          Object.assign(changes, leaderConfirmation(now));
        if (Object.keys(changes).length > 0)
          await manager.update(TeamMember, { id: existing.id }, changes);
        continue;
      }
      let invitation: Partial<TeamMember> = { invitationTokenHash: null, invitedAt: null };
      if (!isLeader) {
        const outcome = await this.invitations.invite(manager, { ...context, entry }, member, now);
        if (outcome.sent) invitation = outcome.columns;
      }
      fresh.push(
        manager.create(TeamMember, {
          ...member,
          searchText: memberSearchText(member),
          entryId: entry.id,
          contestId: entry.contestId,
          position,
          ...(isLeader
            ? leaderConfirmation(now)
            : { confirmation: MemberConfirmation.pending, respondedAt: null }),
          ...invitation,
        }),
      );
    }
    if (fresh.length > 0) await manager.insert(TeamMember, fresh);
  }
}

function leaderConfirmation(now: Date): Partial<TeamMember> {
  return {
    confirmation: MemberConfirmation.confirmed,
    respondedAt: now,
    invitationTokenHash: null,
  };
}
