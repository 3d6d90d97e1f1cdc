import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AccountsHttpModule } from '@app/accounts';
import { ContestsModule } from '@app/contests';
import { EntriesModule } from '@app/entries';
import { MailDispatchModule, NotificationsModule } from '@app/notifications';
import { AppConfig, PlatformModule } from '@app/platform';
import { AuthController } from './api/auth.controller';
import { HealthController } from './api/health.controller';
import { MeController } from './api/me.controller';
import { UsersController } from './api/users.controller';
import { DevMailboxController } from './pages/dev-mailbox.controller';
import { PagesModule } from './pages/pages.module';

/** The HTTP app: JSON API, server-rendered pages and, in the embedded profile, the mail dispatcher. */
@Module({})
export class PortalModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: PortalModule,
      imports: [
        PlatformModule.forRoot(config),
        DiscoveryModule,
        AccountsHttpModule,
        NotificationsModule,
        MailDispatchModule,
        ContestsModule,
        EntriesModule,
        PagesModule,
      ],
      controllers: [
        HealthController,
        AuthController,
        MeController,
        UsersController,
        DevMailboxController,
      ],
    };
  }
}
