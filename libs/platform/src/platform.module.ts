import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { HealthService } from './health/health.service';
import { LoggingModule } from './logging/logging.module';

/** Infrastructure shared by every app: config, logging, database, health. */
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      imports: [ConfigModule.forRoot(config), LoggingModule, DatabaseModule],
      providers: [HealthService],
      exports: [HealthService],
    };
  }
}
