import { toVietnamIso, toVietnamIsoOrNull } from '@app/platform';
import { WithdrawalOutcome } from './award-withdrawal.entity';
import type { AwardWithdrawal } from './award-withdrawal.entity';

export interface WithdrawalResponse {
  id: string;
  awardId: string;
  /** `pending`: waiting for a second organizer, the award still stands. */
  state: 'pending' | WithdrawalOutcome;
  reason: string;
  proposedBy: string;
  decidedBy: string | null;
  decidedAt: string | null;
  createdAt: string;
}

export function toWithdrawalResponse(withdrawal: AwardWithdrawal): WithdrawalResponse {
  return {
    id: withdrawal.id,
    awardId: withdrawal.awardId,
    state: withdrawal.slot ?? withdrawal.outcome ?? WithdrawalOutcome.cancelled,
    reason: withdrawal.reason,
    proposedBy: withdrawal.proposedBy,
    decidedBy: withdrawal.decidedBy,
    decidedAt: toVietnamIsoOrNull(withdrawal.decidedAt),
    createdAt: toVietnamIso(withdrawal.createdAt),
  };
}
