import { DomainError, ERROR_STATUS, ErrorCode } from '@app/platform';
import { CreatePrizeDto } from '@app/contests';
import type { PrizeResponse } from '@app/contests';
import type { OrganizerFailure } from '../contests/organizer-errors';
import { organizerFailureOf } from '../contests/organizer-errors';
import { amountOf } from '../contests/prize-amount';
import {
  FORM_LEVEL,
  requireFilled,
  texts,
  validateAs,
  wholeNumber,
} from '../contests/organizer-form-input';
import type { FormBody, Row, Validated } from '../contests/organizer-form-input';

const PRIZE_INPUTS = ['kind', 'nameVi', 'nameEn', 'amount', 'quantity', 'categoryId', 'position'];

export function prizeFormValuesOf(body: FormBody): Row {
  return texts(body, PRIZE_INPUTS);
}

export function prizeFormValuesOfPrize(prize: PrizeResponse): Row {
  return {
    kind: prize.kind,
    nameVi: prize.nameVi,
    nameEn: prize.nameEn,
    amount: String(prize.amount),
    quantity: String(prize.quantity),
    categoryId: prize.categoryId ?? '',
    position: String(prize.position),
  };
}


/** The prize form as the service's DTO; the same shape serves creating and updating. */
export function toPrizeDto(v: Row): Validated<CreatePrizeDto> {
  const missing = requireFilled(v, ['kind', 'nameVi', 'nameEn', 'amount', 'quantity']);
  const plain: Record<string, unknown> = {
    kind: v.kind,
    nameVi: v.nameVi,
    nameEn: v.nameEn,
    amount: amountOf(v.amount),
    quantity: wholeNumber(v.quantity),
    categoryId: v.categoryId.trim() || null,
  };
  const position = wholeNumber(v.position);
  if (position !== null) plain.position = position;
  const result = validateAs(CreatePrizeDto, plain);
  if (!result.ok || Object.keys(missing).length > 0)
    return { ok: false, errors: { ...(result.ok ? {} : result.errors), ...missing } };
  return result;
}

/** The prize refusals said on its form: an awarded prize kept, a number below its awards. */
export function prizeFailureOf(error: unknown): OrganizerFailure | undefined {
  if (
    error instanceof DomainError &&
    (error.code === ErrorCode.PRIZE_AWARDED || error.code === ErrorCode.PRIZE_COUNT_EXCEEDED)
  )
    return {
      errors: {
        [error.code === ErrorCode.PRIZE_AWARDED ? FORM_LEVEL : 'quantity']: {
          key: `prizesPage.errors.${error.code}`,
        },
      },
      status: ERROR_STATUS[error.code],
    };
  return organizerFailureOf(error);
}
