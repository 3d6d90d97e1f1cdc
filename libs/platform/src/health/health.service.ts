import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { createRedis } from '../redis/redis-connection';
import type IORedis from 'ioredis';
import { within } from '../time/within';

export interface HealthReport {
  status: 'ok' | 'error';
  checks: Record<string, 'up' | 'down'>;
}

/** Database and (when configured) Redis reachability, each bounded by a short timeout. */
@Injectable()
export class HealthService {
  private redis?: IORedis;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async check(): Promise<HealthReport> {
    const checks: Record<string, 'up' | 'down'> = {};
    checks.database = await within(2000, this.dataSource.query('SELECT 1')).then(
      () => 'up' as const,
      () => 'down' as const,
    );
    if (this.redis) {
      checks.redis = await within(2000, this.pingRedis(this.redis)).then(
        () => 'up' as const,
        () => 'down' as const,
      );
    }
    const status = Object.values(checks).every((c) => c === 'up') ? 'ok' : 'error';
    return { status, checks };
  }

  /** Connects at start, so the first check after a start does not find Redis "down". */
  onModuleInit(): void {
    if (!this.config.REDIS_URL) return;
    this.redis = createRedis(this.config.REDIS_URL, 'producer');
    // Outages are reported by check(); without a listener ioredis would log every failed reconnect.
    this.redis.on('error', () => undefined);
  }

  private async pingRedis(redis: IORedis): Promise<string> {
    if (redis.status !== 'ready') await new Promise((resolve) => redis.once('ready', resolve));
    return redis.ping();
  }

  async onModuleDestroy(): Promise<void> {
    this.redis?.disconnect();
  }
}
