import type { AssignmentJobResponse, AssignmentMatrixResponse } from '@app/judging';

/** Entries shown per page of the matrix: a 5,000-entry round stays a readable table. */
export const MATRIX_PAGE_SIZE = 40;

/** Why a judge cannot take an assignment moved to them (the option is shown, disabled). */
export type MoveRefusal = 'conflict' | 'atMax';

export interface MoveTarget {
  judgeUserId: string;
  fullName: string;
  load: number;
  refusal: MoveRefusal | null;
}

export interface MatrixCell {
  judgeUserId: string;
  conflict: boolean;
  assignment: { id: string; status: string; source: string } | null;
  /** The judges the assignment may move to (those not on the entry yet), with why not. */
  moveTargets: MoveTarget[];
  /** Whether at least one of them can take it. */
  movable: boolean;
}

/** What the assignment page shows: the judges x entries matrix of one page of entries. */
export function assignmentMatrixView(matrix: AssignmentMatrixResponse, page: number) {
  const pages = Math.max(1, Math.ceil(matrix.entries.length / MATRIX_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const shown = matrix.entries.slice((current - 1) * MATRIX_PAGE_SIZE, current * MATRIX_PAGE_SIZE);
  const byPair = new Map(matrix.assignments.map((a) => [`${a.entryId}|${a.judgeUserId}`, a]));
  const conflicted = new Set(matrix.conflicts.map((c) => `${c.entryId}|${c.judgeUserId}`));
  const max = matrix.maxLoadPerJudge;
  const atMax = (load: number) => max !== null && load >= max;
  const targetsOf = (entryId: string): MoveTarget[] =>
    matrix.judges
      .filter((j) => !byPair.has(`${entryId}|${j.judgeUserId}`))
      .map((j) => ({
        judgeUserId: j.judgeUserId,
        fullName: j.fullName,
        load: j.load,
        refusal: conflicted.has(`${entryId}|${j.judgeUserId}`)
          ? 'conflict'
          : atMax(j.load)
            ? 'atMax'
            : null,
      }));
  return {
    maxLoadPerJudge: max,
    judges: matrix.judges.map((j) => ({ ...j, atMax: atMax(j.load) })),
    loads: matrix.loads,
    understaffed: matrix.understaffed,
    entryCount: matrix.entries.length,
    assignmentCount: matrix.assignments.length,
    rows: shown.map((entry) => ({
      entryId: entry.entryId,
      code: entry.code,
      title: entry.title,
      count: entry.assignments,
      short: entry.assignments < matrix.reviewsPerEntry,
      cells: matrix.judges.map((judge): MatrixCell => {
        const a = byPair.get(`${entry.entryId}|${judge.judgeUserId}`);
        const moveTargets = a ? targetsOf(entry.entryId) : [];
        return {
          judgeUserId: judge.judgeUserId,
          conflict: conflicted.has(`${entry.entryId}|${judge.judgeUserId}`),
          assignment: a ? { id: a.id, status: a.status, source: a.source } : null,
          moveTargets,
          movable: moveTargets.some((t) => t.refusal === null),
        };
      }),
    })),
    pager: {
      page: current,
      pages,
      previous: current > 1 ? current - 1 : null,
      next: current < pages ? current + 1 : null,
    },
  };
}

/** A job's state for the progress bar; the page refreshes itself while it runs. */
export function jobView(job: AssignmentJobResponse | null) {
  if (!job) return null;
  return {
    id: job.jobId,
    state: job.state,
    progress: job.progress,
    running: job.state === 'queued' || job.state === 'running',
    created: job.result?.created ?? null,
    unfilled: job.result?.slots.unfilled ?? null,
    spread: job.result?.loads.spread ?? null,
    error: job.error,
  };
}

/** Error codes the page explains in words; anything else is the generic message. */
export const EXPLAINED_ERRORS = [
  'CONFLICT_OF_INTEREST',
  'CONFLICT',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'ROUND_DECIDED',
  'JUDGE_AT_MAX_LOAD',
] as const;
