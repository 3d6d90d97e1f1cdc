export * from './results.module';
export * from './results.entities';
export * from './certificates';
