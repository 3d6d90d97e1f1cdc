import { Module } from '@nestjs/common';
import { DatabasePoolMetrics } from './database-pool.metrics';
import { QueueDepthMetrics } from './queue-depth.metrics';

/**
 * The platform's own scraped gauges (database pool, queue depths), for the app that serves
 * GET /metrics. MetricsService itself is in PlatformModule, so any lib can add gauges.
 */
@Module({ providers: [DatabasePoolMetrics, QueueDepthMetrics] })
export class MetricsModule {}
