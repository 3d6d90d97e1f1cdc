import type { Prize, PrizeKind } from './prize.entity';

export interface PrizeResponse {
  id: string;
  contestId: string;
  categoryId: string | null;
  kind: PrizeKind;
  nameVi: string;
  nameEn: string;
  /** VND, whole dong; 0 when the prize carries no money (a commendation). */
  amount: number;
  quantity: number;
  position: number;
}

export function toPrizeResponse(prize: Prize): PrizeResponse {
  return {
    id: prize.id,
    contestId: prize.contestId,
    categoryId: prize.categoryId,
    kind: prize.kind,
    nameVi: prize.nameVi,
    nameEn: prize.nameEn,
    amount: prize.amount,
    quantity: prize.quantity,
    position: prize.position,
  };
}
