import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ACCOUNTS_ENTITIES } from './accounts.entities';

@Module({
  imports: [TypeOrmModule.forFeature(ACCOUNTS_ENTITIES)],
  providers: [],
  exports: [TypeOrmModule],
})
export class AccountsModule {}
