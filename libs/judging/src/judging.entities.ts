import { AdvancementOverride } from './advancement/advancement-override.entity';
import { Assignment } from './assignment/assignment.entity';
import { RoundEntry } from './assignment/round-entry.entity';
import { ConflictOfInterest } from './conflicts/conflict-of-interest.entity';
import { ContestJudge } from './judges/contest-judge.entity';
import { RankingResult } from './ranking/ranking-result.entity';
import { Score } from './scoring/score.entity';

export const JUDGING_ENTITIES = [
  ContestJudge,
  ConflictOfInterest,
  RoundEntry,
  Assignment,
  Score,
  RankingResult,
  AdvancementOverride,
];
