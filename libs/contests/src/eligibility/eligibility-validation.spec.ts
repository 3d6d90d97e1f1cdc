import { effectiveRules, memberConfirmationRule } from './eligibility-rules';
import type { EligibilityRules } from './eligibility-rules';
import { compactRules, eligibilityProblems } from './eligibility-validation';

const fields = (rules: EligibilityRules | null) => eligibilityProblems(rules).map((p) => p.field);

describe('eligibility validation', () => {
  it('accepts no rules and permissive rules', () => {
    expect(fields(null)).toEqual([]);
    expect(fields({})).toEqual([]);
    expect(
      fields({
        applicantTypes: ['student', 'individual', 'team', 'startup'],
        minAge: 16,
        maxAge: 35,
        teamSizeMin: 1,
        teamSizeMax: 5,
        startupMaxAgeYears: 5,
        organizationRequired: true,
        onePersonOneEntry: true,
      }),
    ).toEqual([]);
  });

  it('accepts the bounds themselves', () => {
    expect(fields({ minAge: 0, maxAge: 120, teamSizeMin: 1, teamSizeMax: 50 })).toEqual([]);
    expect(fields({ startupMaxAgeYears: 0 })).toEqual([]);
    expect(fields({ startupMaxAgeYears: 50 })).toEqual([]);
  });

  it('refuses values one past the bounds', () => {
    expect(fields({ minAge: -1 })).toEqual(['eligibility.minAge']);
    expect(fields({ maxAge: 121 })).toEqual(['eligibility.maxAge']);
    expect(fields({ teamSizeMin: 0 })).toEqual(['eligibility.teamSizeMin']);
    expect(fields({ teamSizeMax: 51 })).toEqual(['eligibility.teamSizeMax']);
    expect(fields({ startupMaxAgeYears: 51 })).toEqual(['eligibility.startupMaxAgeYears']);
    expect(fields({ startupMaxAgeYears: -1 })).toEqual(['eligibility.startupMaxAgeYears']);
  });

  it('refuses fractions', () => {
    expect(fields({ minAge: 15.5 })).toEqual(['eligibility.minAge']);
  });

  it('accepts min equal to max and refuses min above max', () => {
    expect(fields({ minAge: 18, maxAge: 18, teamSizeMin: 3, teamSizeMax: 3 })).toEqual([]);
    expect(fields({ minAge: 19, maxAge: 18 })).toEqual(['eligibility.minAge']);
    expect(fields({ teamSizeMin: 4, teamSizeMax: 3 })).toEqual(['eligibility.teamSizeMin']);
  });

  it('refuses unknown and repeated applicant types', () => {
    expect(fields({ applicantTypes: ['alien' as never] })).toEqual(['eligibility.applicantTypes']);
    expect(fields({ applicantTypes: ['team', 'team'] })).toEqual(['eligibility.applicantTypes']);
  });

  it('knows the member confirmation rules, the default filled in', () => {
    expect(fields({ memberConfirmation: 'before_submission' })).toEqual([]);
    expect(fields({ memberConfirmation: 'not_required' })).toEqual([]);
    expect(fields({ memberConfirmation: 'sometimes' as never })).toEqual([
      'eligibility.memberConfirmation',
    ]);
    expect(memberConfirmationRule(null)).toBe('before_submission');
    expect(memberConfirmationRule({})).toBe('before_submission');
    expect(
      memberConfirmationRule(
        effectiveRules({ memberConfirmation: 'not_required' }, { memberConfirmation: null }),
      ),
    ).toBe('not_required');
  });

  it('catches a category override that contradicts the contest once merged', () => {
    const merged = effectiveRules({ minAge: 16, maxAge: 35 }, { maxAge: 15 });
    expect(eligibilityProblems(merged, 'effective').map((p) => p.field)).toEqual([
      'effective.minAge',
    ]);
  });

  it('keeps only the rules that are set', () => {
    expect(compactRules({ minAge: null, maxAge: 30, organizationRequired: false })).toEqual({
      maxAge: 30,
      organizationRequired: false,
    });
    expect(compactRules({ minAge: null })).toBeNull();
    expect(compactRules(undefined)).toBeNull();
  });
});
