import { AuditLog } from './audit/audit-log.entity';
import { AuthSession } from './sessions/auth-session.entity';
import { RefreshToken } from './sessions/refresh-token.entity';
import { UserToken } from './tokens/user-token.entity';
import { User } from './users/user.entity';

export const ACCOUNTS_ENTITIES = [User, UserToken, AuthSession, RefreshToken, AuditLog];
