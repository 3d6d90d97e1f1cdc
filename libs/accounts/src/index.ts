export * from './accounts.module';
export * from './accounts.entities';
export * from './users/role';
export * from './users/user.entity';
export * from './tokens/user-token.entity';
export * from './sessions/auth-session.entity';
export * from './sessions/refresh-token.entity';
export * from './audit/audit-log.entity';
