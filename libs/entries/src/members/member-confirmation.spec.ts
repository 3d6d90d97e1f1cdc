import {
  MEMBER_INVITATION_COOLDOWN_MS,
  memberConfirmationSummary,
  nextInvitationAllowedAt,
} from './member-confirmation';
import { MemberConfirmation } from './team-member.entity';

const team = [
  { fullName: 'Lan', email: 'lan@example.vn', confirmation: MemberConfirmation.confirmed },
  { fullName: 'Bình', email: 'binh@example.vn', confirmation: MemberConfirmation.pending },
  { fullName: 'Chi', email: 'chi@example.vn', confirmation: MemberConfirmation.declined },
];

describe('member confirmation summary', () => {
  it('names who has not confirmed, by team position, and whether that holds the submission back', () => {
    const strict = memberConfirmationSummary('before_submission', team);
    expect(strict).toEqual({
      rule: 'before_submission',
      unconfirmed: [
        { position: 1, fullName: 'Bình', email: 'binh@example.vn', confirmation: 'pending' },
        { position: 2, fullName: 'Chi', email: 'chi@example.vn', confirmation: 'declined' },
      ],
      blocksSubmission: true,
    });
    expect(memberConfirmationSummary('not_required', team).blocksSubmission).toBe(false);
    expect(memberConfirmationSummary('before_submission', team.slice(0, 1))).toEqual({
      rule: 'before_submission',
      unconfirmed: [],
      blocksSubmission: false,
    });
  });

  it('lets the next mail to an address go one cool-down after the last', () => {
    const last = new Date('2026-12-04T10:00:00Z');
    expect(nextInvitationAllowedAt(null)).toBeNull();
    expect(nextInvitationAllowedAt(last)?.getTime()).toBe(
      last.getTime() + MEMBER_INVITATION_COOLDOWN_MS,
    );
  });
});
