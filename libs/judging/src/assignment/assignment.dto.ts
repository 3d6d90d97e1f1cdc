import { ApiProperty } from '@nestjs/swagger';
import { Flag, Uuid } from '@app/platform';
import type { AssignmentSource, AssignmentStatus } from './assignment.entity';
import type { LoadSummary, UnfilledEntry } from './assignment-plan.types';
import type { RoundEntryStatus } from './round-entry.entity';

export class AddAssignmentDto {
  @Uuid()
  entryId!: string;

  @Uuid()
  judgeUserId!: string;
}

export class MoveAssignmentDto {
  @Uuid()
  judgeUserId!: string;

  /** Required to move an assignment that has a score: the score is discarded. */
  @Flag({ optional: true })
  confirm?: boolean;
}

export class ConfirmQueryDto {
  /** Required to remove an assignment that has a score (draft or submitted). */
  @Flag({ optional: true })
  confirm?: boolean;
}

export class IntakeResponse {
  @ApiProperty() roundId!: string;
  /** Entries that entered the round with this call. */
  @ApiProperty() added!: number;
  @ApiProperty() total!: number;
}

export interface RoundEntryResponse {
  entryId: string;
  code: string;
  title: string;
  categoryKey: string | null;
  fieldKey: string | null;
  status: RoundEntryStatus;
  /** Active (not released) assignments. */
  assignments: number;
}

export interface AssignmentResponse {
  id: string;
  roundId: string;
  entryId: string;
  judgeUserId: string;
  status: AssignmentStatus;
  source: AssignmentSource;
  dueAt: string | null;
  createdAt: string;
}

export interface JudgeLoadResponse {
  judgeUserId: string;
  fullName: string;
  organization: string | null;
  /** Active assignments in the round, by status. */
  load: number;
  scored: number;
}

/** The judges x entries matrix of a round: rows, columns and the assignments as cells. */
export interface AssignmentMatrixResponse {
  roundId: string;
  reviewsPerEntry: number;
  /** The most entries one judge may review in the round; null for no limit. */
  maxLoadPerJudge: number | null;
  judges: JudgeLoadResponse[];
  entries: RoundEntryResponse[];
  assignments: AssignmentResponse[];
  /** Pairs that may not be assigned (declared or detected conflicts), for the matrix to mark. */
  conflicts: { judgeUserId: string; entryId: string }[];
  loads: { min: number; max: number; spread: number };
  /** Entries with fewer active assignments than reviews per entry. */
  understaffed: number;
}

export interface AutoAssignSummary {
  roundId: string;
  batchId: string;
  created: number;
  slots: { wanted: number; kept: number; added: number; unfilled: number };
  loads: LoadSummary;
  unfilled: UnfilledEntry[];
}

export type AssignmentJobState = 'queued' | 'running' | 'done' | 'failed';

export interface AssignmentJobResponse {
  jobId: string;
  roundId: string;
  state: AssignmentJobState;
  /** 0..100. */
  progress: number;
  result: AutoAssignSummary | null;
  error: string | null;
}

/** The answer of `POST rounds/:id/assignments/auto`: a summary now, or a job to follow. */
export type AutoAssignResponse =
  ({ queued: false } & AutoAssignSummary) | ({ queued: true } & AssignmentJobResponse);

export interface ReleaseResult {
  released: string;
  replacement: { assignmentId: string; judgeUserId: string } | null;
  /** Why no replacement was assigned. */
  reason: string | null;
}
