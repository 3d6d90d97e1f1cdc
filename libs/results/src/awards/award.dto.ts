import { NullableUuid, TrimmedString, Uuid } from '@app/platform';

/** Confirms the platform's proposal: for one prize, or for every prize when none is named. */
export class ConfirmProposalDto {
  @NullableUuid()
  prizeId?: string | null;
}

/**
 * A change from the proposal: this prize to this entry, with the reason, optionally in the
 * place of one of the prize's confirmed awards. It counts once a second organizer confirms.
 */
export class ProposeAwardChangeDto {
  @Uuid()
  prizeId!: string;

  @Uuid()
  entryId!: string;

  @TrimmedString({
    max: 2000,
    example: 'Nhóm có sản phẩm đã bán thử, Hội đồng thống nhất trao giải.',
  })
  reason!: string;

  /** The confirmed award of the same prize that this one replaces; none: a free place. */
  @NullableUuid()
  replacesAwardId?: string | null;
}

/** Withdrawing a confirmed award without giving it to another entry: why, for the record. */
export class WithdrawAwardDto {
  @TrimmedString({
    max: 2000,
    example: 'Đội tự nguyện từ chối giải sau lễ trao giải.',
  })
  reason!: string;
}
