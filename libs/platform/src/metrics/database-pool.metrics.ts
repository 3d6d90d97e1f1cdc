import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { GaugeSample, MetricsService } from './metrics.service';

/** What mysql2's pool keeps (not a public API, hence the defensive reads below). */
interface Mysql2PoolState {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
}

/** Connections of the MySQL/MariaDB pool in use and idle, and requests waiting for one. */
export function mysqlPoolSamples(pool: unknown): GaugeSample[] {
  const state = (pool ?? {}) as Mysql2PoolState;
  const all = state._allConnections?.length ?? 0;
  const idle = state._freeConnections?.length ?? 0;
  return [
    { labels: { state: 'in_use' }, value: all - idle },
    { labels: { state: 'idle' }, value: idle },
    { labels: { state: 'waiting' }, value: state._connectionQueue?.length ?? 0 },
  ];
}

/**
 * The database pool (production profile): when `waiting` grows, requests queue for a
 * connection (DB_POOL_SIZE too small, or slow queries); past DB_QUEUE_LIMIT they get 503.
 * SQLite has no pool, so the embedded profile has no such series.
 */
@Injectable()
export class DatabasePoolMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: MetricsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    const driver = this.dataSource.driver as { pool?: unknown };
    if (this.dataSource.options.type !== 'mysql' && this.dataSource.options.type !== 'mariadb')
      return;
    this.metrics.addScrapedGauge({
      name: 'db_pool_connections',
      help: 'Database pool: connections in use, idle, and requests waiting for one',
      labelNames: ['state'],
      source: 'database_pool',
      read: () => Promise.resolve(mysqlPoolSamples(driver.pool)),
    });
  }
}
