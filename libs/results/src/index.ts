export * from './results.module';
export * from './results.entities';
export * from './reports';
export * from './gallery';
