import { ApiProperty } from '@nestjs/swagger';
import type { HealthReport } from '@app/platform';

/** The health check's answer, in step with HealthService's report. */
export class HealthReportResponse implements HealthReport {
  @ApiProperty({ enum: ['ok', 'error'] }) status!: 'ok' | 'error';
  @ApiProperty({
    type: 'object',
    description: 'Each dependency: `database`, and `redis` in the production profile',
    additionalProperties: { type: 'string', enum: ['up', 'down'] },
  })
  checks!: Record<string, 'up' | 'down'>;
}
