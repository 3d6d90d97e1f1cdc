import { toVietnamIsoOrNull } from '@app/platform';
import type { Category } from '../categories/category.entity';
import { toCategoryResponse } from '../categories/category.mapper';
import type { CategoryResponse } from '../categories/category.mapper';
import type { EligibilityRules } from '../eligibility/eligibility-rules';
import type { ContestQuestion } from '../questions/contest-question.entity';
import { toQuestionResponse } from '../questions/question.mapper';
import type { QuestionResponse } from '../questions/question.mapper';
import type { Round } from '../rounds/round.entity';
import { toPublicRoundResponse, toRoundResponse } from '../rounds/round.mapper';
import type { PublicRoundResponse, RoundResponse } from '../rounds/round.mapper';
import type { Prize } from '../prizes/prize.entity';
import { toPrizeResponse } from '../prizes/prize.mapper';
import type { PrizeResponse } from '../prizes/prize.mapper';
import type { Contest, ContestField, ContestKind, ContestStatus } from './contest.entity';
import { allowedTransitions } from './contest-status';
import { isAcceptingSubmissions } from './contest-windows';

/** The parts of a contest that live in their own tables, sorted by position. */
export interface ContestParts {
  categories: Category[];
  rounds: Round[];
  questions: ContestQuestion[];
  prizes: Prize[];
}

/** A published contest as anyone sees it. Dates are ISO 8601 in Vietnam time (+07:00). */
export interface PublicContestResponse {
  id: string;
  slug: string;
  nameVi: string;
  nameEn: string;
  kind: ContestKind;
  status: ContestStatus;
  descriptionVi: string;
  descriptionEn: string;
  rulesVi: string | null;
  rulesEn: string | null;
  registrationOpensAt: string | null;
  submissionDeadline: string | null;
  /** Open, registration opened and not past the deadline (plus grace), by the server's clock. */
  acceptingSubmissions: boolean;
  blindJudging: boolean;
  eligibility: EligibilityRules | null;
  categories: CategoryResponse[];
  fields: ContestField[];
  /** The contest's one prize list, the same the awards are given from. */
  prizes: PrizeResponse[];
  rounds: PublicRoundResponse[];
  questions: QuestionResponse[];
}

/** The organizers' view: everything above, the grace, the code counter and the full rubrics. */
export interface ContestAdminResponse extends Omit<PublicContestResponse, 'rounds'> {
  codePrefix: string;
  graceMinutes: number;
  /** Entries numbered so far (the last public code handed out). */
  lastEntryNumber: number;
  allowedTransitions: ContestStatus[];
  rounds: RoundResponse[];
  createdAt: string;
  updatedAt: string;
}

function common(contest: Contest, parts: ContestParts, now: Date) {
  return {
    id: contest.id,
    slug: contest.slug,
    nameVi: contest.nameVi,
    nameEn: contest.nameEn,
    kind: contest.kind,
    status: contest.status,
    descriptionVi: contest.descriptionVi,
    descriptionEn: contest.descriptionEn,
    rulesVi: contest.rulesVi,
    rulesEn: contest.rulesEn,
    registrationOpensAt: toVietnamIsoOrNull(contest.registrationOpensAt),
    submissionDeadline: toVietnamIsoOrNull(contest.submissionDeadline),
    acceptingSubmissions: isAcceptingSubmissions(contest, now),
    blindJudging: contest.blindJudging,
    eligibility: contest.eligibility,
    categories: parts.categories.map((c) => toCategoryResponse(c, contest.eligibility)),
    fields: contest.fields ?? [],
    prizes: parts.prizes.map(toPrizeResponse),
    questions: parts.questions.map(toQuestionResponse),
  };
}

export function toPublicContestResponse(
  contest: Contest,
  parts: ContestParts,
  now = new Date(),
): PublicContestResponse {
  return { ...common(contest, parts, now), rounds: parts.rounds.map(toPublicRoundResponse) };
}

export function toContestAdminResponse(
  contest: Contest,
  parts: ContestParts,
  now = new Date(),
): ContestAdminResponse {
  return {
    ...common(contest, parts, now),
    codePrefix: contest.codePrefix,
    graceMinutes: contest.graceMinutes,
    lastEntryNumber: contest.lastEntryNumber,
    allowedTransitions: [...allowedTransitions(contest.status)],
    rounds: parts.rounds.map(toRoundResponse),
    createdAt: new Date(contest.createdAt).toISOString(),
    updatedAt: new Date(contest.updatedAt).toISOString(),
  };
}
