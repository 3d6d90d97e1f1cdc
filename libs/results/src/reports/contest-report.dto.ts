import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Optional } from '@app/platform';
import type { JudgeNaming } from './report-sheets';

export const JUDGE_NAMINGS: readonly JudgeNaming[] = ['named', 'anonymous'];

export class ContestReportQueryDto {
  /** Language of the sheet names, headers and labels; Vietnamese unless asked. */
  @Optional()
  @IsIn(['vi', 'en'])
  @ApiPropertyOptional({ enum: ['vi', 'en'], default: 'vi' })
  lang?: 'vi' | 'en';

  /**
   * `named` (the default) names judges as the ranking page shows organizers; `anonymous`
   * writes "Giám khảo 1, 2 …" for a copy that leaves the Ban tổ chức.
   */
  @Optional()
  @IsIn(JUDGE_NAMINGS)
  @ApiPropertyOptional({ enum: JUDGE_NAMINGS, default: 'named' })
  judges?: JudgeNaming;
}
