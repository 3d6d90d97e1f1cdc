export * from './error-code';
export * from './domain-error';
export * from './db-errors';
export * from './field-error-code';
