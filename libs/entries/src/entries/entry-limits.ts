import { ENTRY_FIELDS } from './entry-fields';
import type { EntryFieldKey } from './entry-fields';

/** Stages of an idea or business, from the first idea to a growing company. */
export const ENTRY_STAGES = ['idea', 'prototype', 'early_revenue', 'growth'] as const;
export type EntryStage = (typeof ENTRY_STAGES)[number];

// One list for accounts and team members (the account's profile offers the same choices).
export { GENDERS } from '@app/accounts';

/**
 * Maximum lengths, in characters, of what is not a standard field of the form (those carry
 * their own in ENTRY_FIELDS). Long answers are Markdown; 10,000 fits a MySQL TEXT in utf8mb4.
 */
export const TEXT_LIMITS = {
  memberName: 120,
  memberOrganization: 200,
  shortAnswer: 500,
  longAnswer: 10_000,
  urlAnswer: 500,
} as const;

/** A team is small; the limit stops a body of thousands of members, not a real team. */
export const MAX_TEAM_MEMBERS = 30;

export { REQUIRED_ON_SUBMIT } from './entry-fields';

/**
 * Standard fields the applicant edits that are written as they come; each maps to a column
 * of the same name. The contest's field (`fieldKey`) is checked against the contest first.
 */
export const FORM_FIELDS = ENTRY_FIELDS.map((spec) => spec.key).filter(
  (key): key is Exclude<EntryFieldKey, 'fieldKey'> => key !== 'fieldKey',
);
export type FormField = (typeof FORM_FIELDS)[number];
