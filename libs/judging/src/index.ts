export * from './judging.module';
export * from './judging.entities';
export * from './judges/contest-judge.entity';
export * from './conflicts/conflict-of-interest.entity';
export * from './assignment/round-entry.entity';
export * from './assignment/assignment.entity';
export * from './scoring/score.entity';
export * from './ranking/ranking-result.entity';
export * from './advancement/advancement-override.entity';
export * from './ranking/ranking.module';
export * from './ranking/ranking.service';
export * from './ranking/ranking.mapper';
export type { JudgeSeverity, RankedEntry, RankingContent } from './ranking/ranking.types';
export { reviewTotal, roundScale } from './ranking/methods/review-totals';
export * from './judges/judge.dto';
export * from './judges/judge.service';
export * from './conflicts/conflict.dto';
export * from './conflicts/conflict-matrix';
export {
  PUBLIC_EMAIL_DOMAINS,
  emailDomainOf,
  institutionalDomainOf,
  isPublicEmailDomain,
  normaliseOrganization,
} from './conflicts/conflict-rules';
export * from './conflicts/conflict.service';
export * from './conflicts/conflict-declaration.service';
export * from './scoring/scoring.dto';
export * from './scoring/scoring.service';
export * from './scoring/live-scoring-gate';
export * from './scoring/judge-queue.service';
export * from './scoring/reminders/judging-reminders.module';
export * from './scoring/reminders/judging-reminder.service';
export * from './advancement/advancement.service';
export * from './advancement/advancement-override.service';
export * from './advancement/advancement.mapper';
export * from './advancement/advancement-proposal';
export * from './advancement/reason-text';
export * from './paperwork/paperwork.service';
export * from './advancement/advancement.dto';
export * from './assignment/assignment.dto';
export * from './assignment/assignment.service';
export * from './assignment/auto-assignment.service';
export * from './assignment/round-intake.service';
export type * from './assignment/assignment-plan.types';
export * from './ranking/ranking-method-names';
export * from './ranking/review-coverage';
export type { CutOffRule } from './ranking/method-sensitivity';
export type { CriterionView, JudgeAttachmentView } from './scoring/judge-entry-view';
export type { JudgingWindowState } from './scoring/judging-window';
export type { OwnScoreView } from './scoring/score.mapper';
export type { AnonymousScoreView } from './visibility/score-visibility';
