import { Controller, Get, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '@app/accounts';
import { HealthService } from '@app/platform';
import { ApiTag } from './api-tags';
import { HealthReportResponse } from './responses/health-response.dto';

@ApiTags(ApiTag.health)
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** 200 when every dependency answers, 503 otherwise (for load balancers). */
  @Public()
  @Get()
  @ApiOperation({
    summary: "Health of the portal's dependencies",
    description:
      'Anyone. Reports whether the database (and Redis in the production profile) answers: 200 when every dependency answers, 503 SERVICE_UNAVAILABLE-style report otherwise, for load balancers.',
  })
  @ApiOkResponse({ type: HealthReportResponse })
  @ApiServiceUnavailableResponse({ type: HealthReportResponse })
  async check(@Res({ passthrough: true }) reply: FastifyReply) {
    const report = await this.health.check();
    if (report.status !== 'ok') reply.status(503);
    return report;
  }
}
