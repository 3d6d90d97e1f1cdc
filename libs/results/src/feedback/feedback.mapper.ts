import type { Round } from '@app/contests';
import { toVietnamIsoOrNull } from '@app/platform';

/** A round's feedback setting as organizers see it. */
export interface FeedbackSettingResponse {
  roundId: string;
  position: number;
  nameVi: string;
  nameEn: string;
  decidedAt: string | null;
  released: boolean;
}

/** One judge's review as the team sees it: no name, no id, only a number. */
export interface AnonymousReview {
  /** 1, 2, 3 ...: shown as "Giám khảo 1"; unrelated to who the judge is. */
  number: number;
  total: number;
  scores: Record<string, number>;
  comment: string | null;
}

/** The judges' comments and scores of one decided round, for the team of an entry. */
export interface TeamFeedbackResponse {
  roundId: string;
  nameVi: string;
  nameEn: string;
  /** The round's scale (e.g. 100): totals are out of it. */
  scale: number;
  criteria: { key: string; labelVi: string; labelEn: string; maxScore: number }[];
  reviews: AnonymousReview[];
}

export function toFeedbackSetting(round: Round, released: boolean): FeedbackSettingResponse {
  return {
    roundId: round.id,
    position: round.position,
    nameVi: round.nameVi,
    nameEn: round.nameEn,
    decidedAt: toVietnamIsoOrNull(round.decidedAt),
    released,
  };
}
