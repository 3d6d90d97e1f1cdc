import { wholeNumber } from './organizer-form-input';

/**
 * An amount as organizers write it: `50000000`, or grouped by thousands the Vietnamese
 * (`50.000.000`) or English (`50,000,000`) way; anything else goes to validation as typed.
 * Both forms that edit the prize list (contest settings, awards' prizes) read it so.
 */
export function amountOf(value: string): number | string | null {
  const trimmed = value.trim();
  if (/^\d{1,3}([.,\s]\d{3})+$/.test(trimmed)) return Number(trimmed.replace(/[.,\s]/g, ''));
  return wholeNumber(trimmed);
}
