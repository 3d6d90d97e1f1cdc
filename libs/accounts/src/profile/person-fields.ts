/**
 * Facts about a person that an account and a team member share, with their limits: one
 * list, so the profile and the entry form accept the same values.
 */
export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

/** Digits with the usual separators and an optional leading +, Vietnamese or international. */
export const PHONE_PATTERN = /^\+?[0-9 ().-]{6,31}$/;

export const PERSON_LIMITS = {
  fullName: 120,
  phone: 32,
  organization: 200,
  district: 100,
  title: 40,
} as const;

/** The earliest date of birth taken as real; later than today is refused too. */
export const EARLIEST_BIRTH_DATE = '1900-01-01';
