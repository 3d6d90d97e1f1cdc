import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, ValidateIf } from 'class-validator';
import { toVietnamIsoOrNull, TrimmedString } from '@app/platform';
import type { Entry } from '../entries/entry.entity';
import { SCREENING_DECISIONS, SCREENING_REASON_MAX } from './screening-rules';
import type { ScreeningDecision } from './screening-rules';

export class ScreenEntryDto {
  @IsIn(SCREENING_DECISIONS)
  @ApiProperty({ enum: SCREENING_DECISIONS })
  decision!: ScreeningDecision;

  /** Told to the team; required when the entry is found ineligible. */
  @ValidateIf((dto: ScreenEntryDto) => dto.decision === 'ineligible' || dto.reason !== undefined)
  @TrimmedString({ max: SCREENING_REASON_MAX, optional: false })
  reason?: string;
}

export class ScreeningResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ enum: SCREENING_DECISIONS }) status!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) screeningReason!: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    example: '2026-11-26T09:30:00+07:00',
  })
  screenedAt!: string | null;
}

export function toScreeningResponse(entry: Entry): ScreeningResponse {
  return {
    id: entry.id,
    code: entry.code,
    status: entry.status,
    screeningReason: entry.screeningReason,
    screenedAt: toVietnamIsoOrNull(entry.screenedAt),
  };
}
