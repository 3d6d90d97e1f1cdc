import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { HealthService } from './health/health.service';
import { LoggingModule } from './logging/logging.module';
import { Translator } from './i18n/translator';
import { BackgroundWork } from './scheduling/background-work';
import { MetricsService } from './metrics/metrics.service';
import { LiveEvents } from './live-events/live-events';

/** Infrastructure shared by every app: config, logging, database, health, metrics. */
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      imports: [ConfigModule.forRoot(config), LoggingModule, DatabaseModule],
      // One Translator per process: each lib registers its own namespace on it.
      providers: [
        HealthService,
        BackgroundWork,
        MetricsService,
        LiveEvents,
        { provide: Translator, useValue: new Translator() },
      ],
      exports: [HealthService, BackgroundWork, Translator, MetricsService, LiveEvents],
    };
  }
}
