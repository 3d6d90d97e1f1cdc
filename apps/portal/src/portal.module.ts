import { DynamicModule, Module } from '@nestjs/common';
import { AccountsHttpModule } from '@app/accounts';
import { ContestsModule } from '@app/contests';
import { NotificationsModule } from '@app/notifications';
import { AppConfig, PlatformModule } from '@app/platform';
import { AuthController } from './api/auth.controller';
import { HealthController } from './api/health.controller';
import { MeController } from './api/me.controller';
import { UsersController } from './api/users.controller';

/** The HTTP app: JSON API, server-rendered pages and, in the embedded profile, the mail dispatcher. */
@Module({})
export class PortalModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: PortalModule,
      imports: [
        PlatformModule.forRoot(config),
        AccountsHttpModule,
        NotificationsModule,
        ContestsModule,
      ],
      controllers: [HealthController, AuthController, MeController, UsersController],
    };
  }
}
