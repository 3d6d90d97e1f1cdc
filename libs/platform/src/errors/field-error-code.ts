/**
 * What is wrong with one field, as a stable code: API clients and pages show their own
 * words for it (the pages' table is apps/portal/src/pages/i18n/field-errors.ts), so a
 * message in a lib can be reworded without changing what anybody shows. Codes of the
 * class-validator constraints come first, then the rules services check across fields,
 * then the eligibility reasons (upper case: they were published in the API first).
 */
export const FIELD_ERROR_CODES = [
  // class-validator constraints (see CONSTRAINT_CODES in http/validation.ts)
  'required',
  'tooLong',
  'tooShort',
  'notEmail',
  'notUrl',
  'notDate',
  'notNumber',
  'notInteger',
  'outOfRange',
  'notChoice',
  'notFormat',
  'duplicate',
  'tooFew',
  'tooMany',
  'unknownField',
  'invalid',
  // rules of the services
  'notPhone',
  'consentRequired',
  'mismatch',
  'duplicateEmail',
  'leaderRule',
  'dateOrder',
  'minAboveMax',
  'windowsRequired',
  'noCategory',
  'noCriterion',
  'choiceOptions',
  'notJudge',
  'notInContest',
  'publicMailDomain',
  'staleVersion',
  'tooSoon',
  'wrongPassword',
  'weakPassword',
  // eligibility reasons (IneligibilityCode of @app/entries)
  'APPLICANT_TYPE_NOT_ALLOWED',
  'DATE_OF_BIRTH_MISSING',
  'AGE_BELOW_MIN',
  'AGE_ABOVE_MAX',
  'TEAM_TOO_SMALL',
  'TEAM_TOO_LARGE',
  'BUSINESS_REGISTRATION_MISSING',
  'STARTUP_TOO_OLD',
  'ORGANIZATION_MISSING',
  'ALREADY_IN_ANOTHER_ENTRY',
  'MEMBER_NOT_CONFIRMED',
  'MEMBER_DECLINED',
] as const;

export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];
