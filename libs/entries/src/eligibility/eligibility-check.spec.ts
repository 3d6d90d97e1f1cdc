import type { EligibilityRules } from '@app/contests';
import {
  checkEligibility,
  EligibilityFacts,
  IneligibilityCode,
  MemberFacts,
} from './eligibility-check';
import { MemberConfirmation } from '../members/team-member.entity';

// 23:59 on 30 June 2026 in Vietnam (16:59 UTC): ages are counted on 30 June.
const deadline = new Date('2026-06-30T23:59:00+07:00');
const member = (dateOfBirth: string | null, extra: Partial<MemberFacts> = {}): MemberFacts => ({
  email: `m${Math.random()}@example.vn`,
  dateOfBirth,
  organization: 'Trường Đại học Phạm Văn Đồng',
  confirmation: MemberConfirmation.confirmed,
  ...extra,
});
const facts = (extra: Partial<EligibilityFacts> = {}): EligibilityFacts => ({
  applicantType: 'team',
  members: [member('2000-01-01')],
  businessRegisteredOn: null,
  organization: null,
  deadline,
  emailsInOtherEntries: new Set(),
  ...extra,
});
const codes = (rules: EligibilityRules, f: EligibilityFacts, complete = true) =>
  checkEligibility(rules, f, { complete }).map((r) => r.code);

describe('eligibility: age at the deadline (Vietnam time, inclusive bounds)', () => {
  const rules: EligibilityRules = { minAge: 18, maxAge: 35 };

  it('accepts someone who turns exactly maxAge on deadline day', () => {
    expect(codes(rules, facts({ members: [member('1991-06-30')] }))).toEqual([]);
  });

  it('refuses someone who turns maxAge + 1 on deadline day', () => {
    const reasons = checkEligibility(rules, facts({ members: [member('1990-06-30')] }), {
      complete: true,
    });
    expect(reasons).toEqual([{ code: IneligibilityCode.AGE_ABOVE_MAX, memberIndex: 0, limit: 35 }]);
  });

  it('accepts someone who turns maxAge + 1 the day after the deadline', () => {
    expect(codes(rules, facts({ members: [member('1990-07-01')] }))).toEqual([]);
  });

  it('accepts someone who turns exactly minAge on deadline day, not one day later', () => {
    expect(codes(rules, facts({ members: [member('2008-06-30')] }))).toEqual([]);
    expect(codes(rules, facts({ members: [member('2008-07-01')] }))).toEqual([
      IneligibilityCode.AGE_BELOW_MIN,
    ]);
  });

  it('measures the age on the Vietnamese date of the deadline, not the UTC date', () => {
    // 00:30 on 1 July in Vietnam is still 30 June in UTC.
    const early = new Date('2026-07-01T00:30:00+07:00');
    expect(codes(rules, facts({ deadline: early, members: [member('2008-07-01')] }))).toEqual([]);
    expect(codes(rules, facts({ deadline: early, members: [member('1991-07-01')] }))).toEqual([]);
    expect(codes(rules, facts({ deadline: early, members: [member('1990-07-01')] }))).toEqual([
      IneligibilityCode.AGE_ABOVE_MAX,
    ]);
  });

  it('names the member concerned by position', () => {
    const team = [member('2000-01-01'), member('1980-01-01'), member('2000-01-01')];
    expect(checkEligibility(rules, facts({ members: team }), { complete: true })).toEqual([
      { code: IneligibilityCode.AGE_ABOVE_MAX, memberIndex: 1, limit: 35 },
    ]);
  });

  it('asks for a missing birth date on submission but not on a draft', () => {
    const f = facts({ members: [member(null)] });
    expect(codes(rules, f, true)).toEqual([IneligibilityCode.DATE_OF_BIRTH_MISSING]);
    expect(codes(rules, f, false)).toEqual([]);
  });
});

describe('eligibility: team size (inclusive bounds)', () => {
  const rules: EligibilityRules = { teamSizeMin: 2, teamSizeMax: 5 };
  const team = (n: number) => Array.from({ length: n }, () => member('2000-01-01'));

  it('accepts the bounds themselves', () => {
    expect(codes(rules, facts({ members: team(2) }))).toEqual([]);
    expect(codes(rules, facts({ members: team(5) }))).toEqual([]);
  });

  it('refuses one fewer than the minimum and one more than the maximum', () => {
    expect(codes(rules, facts({ members: team(1) }))).toEqual([IneligibilityCode.TEAM_TOO_SMALL]);
    expect(codes(rules, facts({ members: team(6) }))).toEqual([IneligibilityCode.TEAM_TOO_LARGE]);
  });

  it('lets a draft team be too small for now, never too large', () => {
    expect(codes(rules, facts({ members: team(1) }), false)).toEqual([]);
    expect(codes(rules, facts({ members: team(6) }), false)).toEqual([
      IneligibilityCode.TEAM_TOO_LARGE,
    ]);
  });
});

describe('eligibility: startup registered at most N years before the deadline', () => {
  const rules: EligibilityRules = { startupMaxAgeYears: 5 };
  const startup = (businessRegisteredOn: string | null) =>
    facts({ applicantType: 'startup', businessRegisteredOn });

  it('accepts a business registered exactly N years before the deadline date', () => {
    expect(codes(rules, startup('2021-06-30'))).toEqual([]);
  });

  it('refuses one registered N years and one day before', () => {
    expect(codes(rules, startup('2021-06-29'))).toEqual([IneligibilityCode.STARTUP_TOO_OLD]);
  });

  it('accepts a younger business', () => {
    expect(codes(rules, startup('2025-01-15'))).toEqual([]);
  });

  it('on a 29 February deadline, N years before is 28 February of a common year', () => {
    const leap = new Date('2028-02-29T17:00:00+07:00');
    const f = (on: string) =>
      facts({ applicantType: 'startup', businessRegisteredOn: on, deadline: leap });
    expect(codes(rules, f('2023-02-28'))).toEqual([]);
    expect(codes(rules, f('2023-02-27'))).toEqual([IneligibilityCode.STARTUP_TOO_OLD]);
  });

  it('asks a startup for its registration date on submission only', () => {
    expect(codes(rules, startup(null), true)).toEqual([
      IneligibilityCode.BUSINESS_REGISTRATION_MISSING,
    ]);
    expect(codes(rules, startup(null), false)).toEqual([]);
  });

  it('does not apply to other applicant types', () => {
    expect(
      codes(rules, facts({ applicantType: 'team', businessRegisteredOn: '2001-01-01' })),
    ).toEqual([]);
  });
});

describe('eligibility: applicant types, organisation, one entry per person', () => {
  it('refuses an applicant type the category does not accept; none listed means all', () => {
    expect(codes({ applicantTypes: ['student'] }, facts({ applicantType: 'startup' }))).toEqual([
      IneligibilityCode.APPLICANT_TYPE_NOT_ALLOWED,
    ]);
    expect(codes({ applicantTypes: ['student', 'team'] }, facts())).toEqual([]);
    expect(codes({ applicantTypes: [] }, facts({ applicantType: 'startup' }))).toEqual([]);
  });

  it('requires an organisation for every member, the entry`s own standing in', () => {
    const rules: EligibilityRules = { organizationRequired: true };
    const lone = [member('2000-01-01', { organization: null })];
    expect(codes(rules, facts({ members: lone }))).toEqual([
      IneligibilityCode.ORGANIZATION_MISSING,
    ]);
    expect(codes(rules, facts({ members: lone, organization: 'HTX Nông sản' }))).toEqual([]);
    expect(
      codes(rules, facts({ members: [member('2000-01-01', { organization: '  ' })] })),
    ).toEqual([IneligibilityCode.ORGANIZATION_MISSING]);
  });

  it('refuses a person already on another entry of the contest, whatever the case of the address', () => {
    const rules: EligibilityRules = { onePersonOneEntry: true };
    const team = [
      member('2000-01-01', { email: 'lan@example.vn' }),
      member('2000-01-01', { email: 'Minh@Example.vn' }),
    ];
    const taken = new Set(['minh@example.vn']);
    expect(
      checkEligibility(rules, facts({ members: team, emailsInOtherEntries: taken }), {
        complete: false,
      }),
    ).toEqual([{ code: IneligibilityCode.ALREADY_IN_ANOTHER_ENTRY, memberIndex: 1 }]);
    expect(codes(rules, facts({ members: team }))).toEqual([]);
  });

  it('lets a person be on several entries when the contest allows it', () => {
    const team = [member('2000-01-01', { email: 'lan@example.vn' })];
    expect(
      codes({}, facts({ members: team, emailsInOtherEntries: new Set(['lan@example.vn']) })),
    ).toEqual([]);
  });
});

describe('eligibility: members who have not confirmed their place', () => {
  const pending = (email: string) =>
    member('2000-01-01', { email, confirmation: MemberConfirmation.pending });
  const declined = (email: string) =>
    member('2000-01-01', { email, confirmation: MemberConfirmation.declined });
  const leader = member('2000-01-01', { email: 'lan@example.vn' });

  it('counts only confirmed members for one entry per person', () => {
    const rules: EligibilityRules = { onePersonOneEntry: true, memberConfirmation: 'not_required' };
    const taken = new Set(['binh@example.vn', 'chi@example.vn']);
    const team = [leader, pending('binh@example.vn'), declined('chi@example.vn')];
    expect(codes(rules, facts({ members: team, emailsInOtherEntries: taken }))).toEqual([]);
    const confirmed = member('2000-01-01', { email: 'binh@example.vn' });
    expect(
      checkEligibility(
        rules,
        facts({ members: [leader, confirmed], emailsInOtherEntries: taken }),
        {
          complete: false,
        },
      ),
    ).toEqual([{ code: IneligibilityCode.ALREADY_IN_ANOTHER_ENTRY, memberIndex: 1 }]);
  });

  it('under before_submission (the default) names every member who has not confirmed, on submission only', () => {
    const team = [leader, pending('binh@example.vn'), declined('chi@example.vn')];
    const expected = [
      {
        code: IneligibilityCode.MEMBER_NOT_CONFIRMED,
        memberIndex: 1,
        requirement: 'before_submission',
      },
      { code: IneligibilityCode.MEMBER_DECLINED, memberIndex: 2, requirement: 'before_submission' },
    ];
    expect(checkEligibility({}, facts({ members: team }), { complete: true })).toEqual(expected);
    expect(
      checkEligibility({ memberConfirmation: 'before_submission' }, facts({ members: team }), {
        complete: true,
      }),
    ).toEqual(expected);
    expect(codes({}, facts({ members: team }), false)).toEqual([]);
  });

  it('under not_required lets the entry through whoever has not answered', () => {
    const team = [leader, pending('binh@example.vn'), declined('chi@example.vn')];
    expect(codes({ memberConfirmation: 'not_required' }, facts({ members: team }))).toEqual([]);
  });

  it('leaves declined members out of the team size and the member rules, keeps pending ones in', () => {
    const rules: EligibilityRules = {
      teamSizeMin: 2,
      teamSizeMax: 2,
      maxAge: 35,
      memberConfirmation: 'not_required',
    };
    const old = (confirmation: MemberConfirmation) =>
      member('1960-01-01', { email: 'ong.ba@example.vn', confirmation });
    expect(codes(rules, facts({ members: [leader, old(MemberConfirmation.declined)] }))).toEqual([
      IneligibilityCode.TEAM_TOO_SMALL,
    ]);
    expect(codes(rules, facts({ members: [leader, old(MemberConfirmation.pending)] }))).toEqual([
      IneligibilityCode.AGE_ABOVE_MAX,
    ]);
    const three = [leader, pending('binh@example.vn'), declined('chi@example.vn')];
    expect(codes(rules, facts({ members: three }))).toEqual([]);
  });
});
