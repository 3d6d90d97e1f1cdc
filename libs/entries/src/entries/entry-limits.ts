/** Stages of an idea or business, from the first idea to a growing company. */
export const ENTRY_STAGES = ['idea', 'prototype', 'early_revenue', 'growth'] as const;
export type EntryStage = (typeof ENTRY_STAGES)[number];

// One list for accounts and team members (the account's profile offers the same choices).
export { GENDERS } from '@app/accounts/profile/person-fields';

/** Maximum lengths, in characters. Long texts are Markdown; 10,000 fits a MySQL TEXT in utf8mb4. */
export const TEXT_LIMITS = {
  title: 200,
  teamName: 120,
  organization: 200,
  district: 100,
  summary: 2_000,
  longText: 10_000,
  fundingNeeds: 2_000,
  videoUrl: 500,
  memberName: 120,
  shortAnswer: 500,
  longAnswer: 10_000,
  urlAnswer: 500,
} as const;

/** A team is small; the limit stops a body of thousands of members, not a real team. */
export const MAX_TEAM_MEMBERS = 30;

/** Standard fields that must be filled before an entry can be submitted. */
export const REQUIRED_ON_SUBMIT = [
  'title',
  'summary',
  'problem',
  'solution',
  'customers',
  'businessModel',
] as const;

/** Standard fields the applicant edits; each maps to a column of the same name. */
export const FORM_FIELDS = [
  'title',
  'teamName',
  'organization',
  'district',
  'businessRegisteredOn',
  'summary',
  'problem',
  'solution',
  'customers',
  'businessModel',
  'advantage',
  'stage',
  'fundingNeeds',
  'videoUrl',
  'applicantType',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];
