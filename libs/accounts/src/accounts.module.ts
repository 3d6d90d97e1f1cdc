import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@app/notifications';
import { AppConfig } from '@app/platform';
import { ACCOUNTS_ENTITIES } from './accounts.entities';
import { AuditService } from './audit/audit.service';
import { AuthGuard } from './auth/auth.guard';
import { AuthService } from './auth/auth.service';
import { LocalStrategy } from './auth/local.strategy';
import { PasswordHasher } from './passwords/password-hasher';
import { AccountPersonalData } from './personal-data/account-personal-data';
import { MailPersonalData } from './personal-data/mail-personal-data';
import { PersonalDataRegistry } from './personal-data/personal-data.registry';
import { PersonalDataService } from './personal-data/personal-data.service';
import { ProfileService } from './profile/profile.service';
import { AccessTokenService } from './sessions/access-token.service';
import { SessionService } from './sessions/session.service';
import { AuthThrottleGuard } from './throttling/auth-throttle';
import {
  AuthRateLimiter,
  createRateLimitStore,
  RATE_LIMIT_STORE,
} from './throttling/auth-rate-limiter';
import { UserTokenService } from './tokens/user-token.service';
import { UserService } from './users/user.service';
import { UserAdminService } from './users/user-admin.service';
import { RoleChangeService } from './users/role-change.service';
import { UserDirectory } from './users/user-directory.repository';

const SERVICES = [
  AuditService,
  AuthService,
  PasswordHasher,
  AccessTokenService,
  SessionService,
  UserTokenService,
  UserService,
  UserAdminService,
  RoleChangeService,
  UserDirectory,
  AuthRateLimiter,
  ProfileService,
  PersonalDataRegistry,
  PersonalDataService,
];

/** Accounts' own part in personal-data requests, and the outbox's (notifications sits below). */
const CONTRIBUTORS = [AccountPersonalData, MailPersonalData];

/** Accounts without HTTP: for the CLI and the worker. */
@Module({
  imports: [
    TypeOrmModule.forFeature(ACCOUNTS_ENTITIES),
    NotificationsModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        // The secret becomes a key once: given as a string, the JWT library turns it into
        // a key object again on every sign and verify, that is on every API request.
        const key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
        return {
          secretOrKeyProvider: () => key,
          signOptions: { algorithm: 'HS256' },
          verifyOptions: { algorithms: ['HS256'] },
        };
      },
    }),
  ],
  providers: [
    ...SERVICES,
    ...CONTRIBUTORS,
    { provide: RATE_LIMIT_STORE, inject: [AppConfig], useFactory: createRateLimitStore },
  ],
  exports: [...SERVICES, TypeOrmModule],
})
export class AccountsModule {}

/**
 * Accounts for an HTTP app: passport-local, the per-address guard of the sign-in and
 * password routes and the global deny-by-default guard. The address guard runs first so
 * a flood is refused before anything else is done.
 */
@Module({
  imports: [AccountsModule, PassportModule],
  providers: [
    LocalStrategy,
    { provide: APP_GUARD, useClass: AuthThrottleGuard },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AccountsModule],
})
export class AccountsHttpModule {}
