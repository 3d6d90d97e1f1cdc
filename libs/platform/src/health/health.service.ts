import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { createRedis } from '../redis/redis-connection';
import type IORedis from 'ioredis';

export interface HealthReport {
  status: 'ok' | 'error';
  checks: Record<string, 'up' | 'down'>;
}

async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
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
    if (this.config.REDIS_URL) {
      this.redis ??= createRedis(this.config.REDIS_URL, 'producer');
      checks.redis = await within(2000, this.redis.ping()).then(
        () => 'up' as const,
        () => 'down' as const,
      );
    }
    const status = Object.values(checks).every((c) => c === 'up') ? 'ok' : 'error';
    return { status, checks };
  }

  async onModuleDestroy(): Promise<void> {
    this.redis?.disconnect();
  }
}
