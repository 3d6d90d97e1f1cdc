import type { ContestAdminResponse } from '@app/contests';
import { ConflictSubject } from '@app/judging';
import type { ContestConflictsResponse, ContestJudgeResponse } from '@app/judging';
import type { Locale } from '@app/platform';
import { inLocale } from '../contests/contest-view';
import { contestHeader } from '../contests/organizer-view';

/** What the judges page shows besides its lists: a notice, or one form's errors and values. */
export interface JudgesPageState {
  values?: Record<string, unknown>;
  errors?: Record<string, string>;
  failed?: string;
  form?: 'invite' | 'record';
  notice?: string;
}

/** The judges page's template data: the judges, the conflicts and the choices of both forms. */
export function judgesPageView(
  contest: ContestAdminResponse,
  locale: Locale,
  judges: ContestJudgeResponse[],
  conflicts: ContestConflictsResponse,
  state: JudgesPageState,
) {
  return {
    // The contest tabs do not list judges yet: no tab is marked as current.
    header: contestHeader(contest, locale, 'judges'),
    judges,
    conflicts: conflicts.conflicts,
    reviews: conflicts.reviews,
    pairs: conflicts.pairs,
    categories: contest.categories.map((c) => ({ key: c.key, name: inLocale(c, 'name', locale) })),
    fields: contest.fields.map((f) => ({
      key: f.key,
      name: locale === 'en' ? f.labelEn : f.labelVi,
    })),
    subjects: Object.values(ConflictSubject),
    errors: state.errors ?? {},
    values: state.values ?? {},
    failed: state.failed,
    form: state.form,
    notice: state.notice,
  };
}
