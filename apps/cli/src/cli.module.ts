import { DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { ContestsModule } from '@app/contests';
import { EntriesModule } from '@app/entries';
import { JudgingModule } from '@app/judging';
import { ResultsModule } from '@app/results';
import { FestivalModule } from '@app/festival';
import { NotificationsModule } from '@app/notifications';
import { AppConfig, PlatformModule } from '@app/platform';

/** Everything the operational commands need; no HTTP server, no queue consumers. */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        PlatformModule.forRoot(config),
        AccountsModule,
        NotificationsModule,
        ContestsModule,
        EntriesModule,
        JudgingModule,
        ResultsModule,
        FestivalModule,
      ],
    };
  }
}
