import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@app/accounts';
import { ContestsModule } from '@app/contests';
import { NotificationsModule } from '@app/notifications';
import { ENTRIES_ENTITIES } from './entries.entities';

@Module({
  imports: [
    TypeOrmModule.forFeature(ENTRIES_ENTITIES),
    AccountsModule,
    ContestsModule,
    NotificationsModule,
  ],
  providers: [],
  exports: [TypeOrmModule],
})
export class EntriesModule {}
