import { MemberRole } from './team-member.entity';
import { normaliseTeam, TeamMemberInput } from './team-list';

const owner = { id: 'u-1', email: 'lan@example.vn' };
const leader: TeamMemberInput = {
  fullName: 'Lan',
  email: 'Lan@Example.vn',
  role: MemberRole.leader,
};
const member = (email: string): TeamMemberInput => ({
  fullName: 'Minh',
  email,
  role: MemberRole.member,
});

describe('team list', () => {
  it('puts the leader (the account holder) first and lower-cases e-mails', () => {
    const { members, errors } = normaliseTeam([member('minh@example.vn'), leader], owner);
    expect(errors).toEqual([]);
    expect(members.map((m) => [m.email, m.role, m.userId])).toEqual([
      ['lan@example.vn', 'leader', 'u-1'],
      ['minh@example.vn', 'member', null],
    ]);
  });

  it('refuses a team without a leader, or with two', () => {
    expect(normaliseTeam([member('minh@example.vn')], owner).errors).not.toEqual([]);
    const two = normaliseTeam(
      [leader, { ...member('minh@example.vn'), role: MemberRole.leader }],
      owner,
    );
    expect(two.errors.map((e) => e.field)).toContain('members');
  });

  it('refuses a leader who is not the account holder', () => {
    const { errors } = normaliseTeam([{ ...leader, email: 'other@example.vn' }], owner);
    expect(errors.map((e) => e.field)).toContain('members[0].email');
  });

  it('refuses the same e-mail twice, whatever its case', () => {
    const { errors } = normaliseTeam(
      [leader, member('minh@example.vn'), member('MINH@example.vn')],
      owner,
    );
    expect(errors).toEqual([
      {
        field: 'members[2].email',
        code: 'duplicateEmail',
        messages: ['is the same as members[1].email'],
      },
    ]);
  });
});
