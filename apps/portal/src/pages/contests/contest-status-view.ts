import type { Consequence, StatusTransitionView } from '@app/contests';
import { formatDecimal, formatMoment } from '@app/platform';
import type { FieldError, Locale } from '@app/platform';
import { fieldErrorKey } from '../i18n/field-errors';

type Translate = (key: string, vars?: Record<string, unknown>) => string;

/** Params that are instants are written as moments; counts as the reader's numbers. */
const MOMENT_PARAMS = new Set(['deadline', 'opensAt']);

export interface TransitionChoice {
  to: string;
  action: string;
  consequences: string[];
  blockers: string[];
}

/** One consequence in plain words, in the reader's language. */
export function consequenceText(consequence: Consequence, locale: Locale, t: Translate): string {
  const vars: Record<string, string> = {};
  for (const [name, value] of Object.entries(consequence.params))
    vars[name] =
      typeof value === 'number'
        ? formatDecimal(value, locale, 0)
        : MOMENT_PARAMS.has(name)
          ? formatMoment(value, locale)
          : value;
  return t(`statusChange.consequence.${consequence.code}`, vars);
}

export function transitionChoice(
  transition: Omit<StatusTransitionView, 'blockers'> & { blockers: FieldError[] },
  locale: Locale,
  t: Translate,
): TransitionChoice {
  return {
    to: transition.to,
    action: t(`statusChange.moveTo_${transition.to}`),
    consequences: transition.consequences.map((c) => consequenceText(c, locale, t)),
    // A blocker of opening in words: the message of its code (windowsRequired, noCategory).
    blockers: transition.blockers.map((b) => t(fieldErrorKey(b.code))),
  };
}
