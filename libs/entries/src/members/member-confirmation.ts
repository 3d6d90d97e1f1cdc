import type { MemberConfirmationRule } from '@app/contests';
import { MemberConfirmation } from './team-member.entity';
import type { TeamMember } from './team-member.entity';

/** How long a mailed confirmation link works; the leader can have a new one sent. */
export const MEMBER_INVITATION_TTL_MS = 14 * 24 * 3600 * 1000;

/**
 * At most one confirmation mail to one address about one entry in this period, however it
 * is asked for (the address listed again after a removal, or the leader's "send again"):
 * typing someone's address must not become a way to flood their mailbox.
 */
export const MEMBER_INVITATION_COOLDOWN_MS = 15 * 60 * 1000;

export interface UnconfirmedMember {
  /** Position in the team list (the leader is 0), as in `members[i]` of the entry. */
  position: number;
  fullName: string;
  email: string;
  confirmation: MemberConfirmation.pending | MemberConfirmation.declined;
}

/** What the submission (and the confirm-and-submit page) says about the team's answers. */
export interface MemberConfirmationSummary {
  /** What the contest requires (`before_submission` or `not_required`). */
  rule: MemberConfirmationRule;
  /** Listed members who have not confirmed, in team order. */
  unconfirmed: UnconfirmedMember[];
  /** Whether those members hold the submission back under the rule. */
  blocksSubmission: boolean;
}

export function memberConfirmationSummary(
  rule: MemberConfirmationRule,
  members: readonly Pick<TeamMember, 'fullName' | 'email' | 'confirmation'>[],
): MemberConfirmationSummary {
  const unconfirmed = members.flatMap((member, position): UnconfirmedMember[] =>
    member.confirmation === MemberConfirmation.confirmed
      ? []
      : [
          {
            position,
            fullName: member.fullName,
            email: member.email,
            confirmation: member.confirmation,
          },
        ],
  );
  return {
    rule,
    unconfirmed,
    blocksSubmission: rule === 'before_submission' && unconfirmed.length > 0,
  };
}

export function invitationExpiresAt(invitedAt: Date): Date {
  return new Date(invitedAt.getTime() + MEMBER_INVITATION_TTL_MS);
}

/** When the next confirmation mail to the same address about the same entry may go. */
export function nextInvitationAllowedAt(lastMailedAt: Date | null): Date | null {
  return lastMailedAt && new Date(lastMailedAt.getTime() + MEMBER_INVITATION_COOLDOWN_MS);
}
