export * from './metrics.service';
export * from './metrics.module';
export * from './database-pool.metrics';
