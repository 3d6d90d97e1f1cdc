/** The inputs and the result of the assignment planner (pure data, no entities). */

export interface PlannerJudge {
  userId: string;
  /** The judge's school or organisation; judges of one organisation never share an entry. */
  organization: string | null;
  /** Preferred categories and fields; empty means any. */
  categoryKeys: readonly string[];
  fieldKeys: readonly string[];
}

export interface PlannerEntry {
  entryId: string;
  /** Shown in explanations (the public code); the id when absent. */
  label?: string;
  categoryKey: string | null;
  fieldKey: string | null;
}

/** An assignment that already exists and stays as it is (released ones are left out). */
export interface KeptAssignment {
  entryId: string;
  judgeUserId: string;
  /** The judge's organisation, for a judge no longer among the round's judges. */
  organization?: string | null;
}

/** Who may not judge what: the contract of ConflictService.conflictMatrix. */
export interface ConflictLookup {
  has(judgeUserId: string, entryId: string): boolean;
}

export interface PlanInput {
  reviewsPerEntry: number;
  judges: readonly PlannerJudge[];
  entries: readonly PlannerEntry[];
  existing: readonly KeptAssignment[];
  conflicts: ConflictLookup;
  /** Upper bound on a judge's total load in the round (kept + new); none when absent. */
  maxLoadPerJudge?: number | null;
}

export interface PlannedAssignment {
  entryId: string;
  judgeUserId: string;
}

export interface JudgeLoad {
  judgeUserId: string;
  kept: number;
  added: number;
  total: number;
}

export type UnfilledReason =
  /** Fewer judges without a conflict (one per organisation) than reviews per entry. */
  | 'too_few_eligible_judges'
  /** Every judge who could take it has reached the maximum load. */
  | 'judges_at_max_load';

export interface UnfilledEntry {
  entryId: string;
  label: string;
  reviews: number;
  assigned: number;
  missing: number;
  /** Judges who could still take it, at most one per organisation. */
  eligibleJudges: number;
  reason: UnfilledReason;
  message: string;
}

export interface LoadSummary {
  min: number;
  max: number;
  spread: number;
  /** max - min <= 1 (counting kept assignments). */
  balanced: boolean;
  /** Why not, when not balanced. */
  note: string | null;
}

export interface AssignmentPlan {
  /** New assignments, sorted by entry then judge. */
  assignments: PlannedAssignment[];
  loads: JudgeLoad[];
  summary: LoadSummary;
  slots: { wanted: number; kept: number; added: number; unfilled: number };
  unfilled: UnfilledEntry[];
}
