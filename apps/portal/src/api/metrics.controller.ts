import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '@app/accounts';
import { AppConfig, DomainError, ErrorCode, MetricsService } from '@app/platform';
import { metricsAccess } from './metrics-access';

/**
 * Prometheus metrics for operators (text format), outside the JSON API and its document.
 * Public to the guard because it has its own rule: loopback or METRICS_TOKEN (metrics-access.ts).
 */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  async scrape(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const access = metricsAccess(
      request.ip,
      request.headers.authorization,
      this.config.METRICS_TOKEN,
    );
    if (access === 'hidden') throw new DomainError(ErrorCode.NOT_FOUND, 'Not found');
    if (access === 'unauthorized') {
      reply.header('www-authenticate', 'Bearer realm="metrics"');
      throw new DomainError(ErrorCode.UNAUTHENTICATED, 'The metrics token is missing or wrong');
    }
    reply.header('content-type', this.metrics.contentType).header('cache-control', 'no-store');
    return this.metrics.render();
  }
}
