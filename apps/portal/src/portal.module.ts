import { DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { ContestsModule } from '@app/contests';
import { NotificationsModule } from '@app/notifications';
import { AppConfig, PlatformModule } from '@app/platform';
import { HealthController } from './api/health.controller';

/** The HTTP app: JSON API, server-rendered pages and, in the embedded profile, the mail dispatcher. */
@Module({})
export class PortalModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: PortalModule,
      imports: [
        PlatformModule.forRoot(config),
        AccountsModule,
        NotificationsModule,
        ContestsModule,
      ],
      controllers: [HealthController],
    };
  }
}
