import type { FieldError } from '@app/platform';
import { MemberRole } from './team-member.entity';

export interface TeamMemberInput {
  fullName: string;
  email: string;
  dateOfBirth?: string | null;
  gender?: string | null;
  organization?: string | null;
  role: MemberRole;
}

/** A member as stored, without row identity: what the team list is compared and saved as. */
export interface TeamMemberData {
  fullName: string;
  email: string;
  dateOfBirth: string | null;
  gender: string | null;
  organization: string | null;
  role: MemberRole;
  userId: string | null;
}

export interface Owner {
  id: string;
  email: string;
}

/**
 * Turns the submitted team list into the stored one: exactly one leader, who is the
 * account holder (same e-mail), placed first; e-mail addresses unique within the team
 * regardless of case.
 */
export function normaliseTeam(
  input: readonly TeamMemberInput[],
  owner: Owner,
): { members: TeamMemberData[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  const members = input.map((member, index): TeamMemberData => {
    const email = member.email.trim().toLowerCase();
    const first = seen.get(email);
    if (first !== undefined)
      errors.push({
        field: `members[${index}].email`,
        code: 'duplicateEmail',
        messages: [`is the same as members[${first}].email`],
      });
    else seen.set(email, index);
    const isLeader = member.role === MemberRole.leader;
    if (isLeader && email !== owner.email.toLowerCase())
      errors.push({
        field: `members[${index}].email`,
        code: 'leaderRule',
        messages: ['the leader must be the account holder'],
      });
    return {
      fullName: member.fullName.trim(),
      email,
      dateOfBirth: member.dateOfBirth ?? null,
      gender: member.gender ?? null,
      organization: member.organization?.trim() || null,
      role: member.role,
      userId: isLeader ? owner.id : null,
    };
  });
  const leaders = members.filter((m) => m.role === MemberRole.leader).length;
  if (leaders !== 1)
    errors.push({
      field: 'members',
      code: 'leaderRule',
      messages: ['must have exactly one leader'],
    });
  const ownerIndex = members.findIndex((m) => m.email === owner.email.toLowerCase());
  if (ownerIndex >= 0 && members[ownerIndex].role !== MemberRole.leader)
    errors.push({
      field: `members[${ownerIndex}].role`,
      code: 'leaderRule',
      messages: ['the account holder is the leader'],
    });
  const ordered = [
    ...members.filter((m) => m.role === MemberRole.leader),
    ...members.filter((m) => m.role !== MemberRole.leader),
  ];
  return { members: ordered, errors };
}
