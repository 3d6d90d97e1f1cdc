import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { databaseOptions } from './database-options';
import { TransactionRunner } from './transaction-runner';
import { IdempotencyRecord } from '../idempotency/idempotency-record.entity';

/**
 * The database connection. Entities are registered by each domain module with
 * `TypeOrmModule.forFeature` and picked up through `autoLoadEntities`.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...databaseOptions(config),
        autoLoadEntities: true,
        retryAttempts: 0,
      }),
    }),
    TypeOrmModule.forFeature([IdempotencyRecord]),
  ],
  providers: [TransactionRunner],
  exports: [TransactionRunner, TypeOrmModule],
})
export class DatabaseModule {}
