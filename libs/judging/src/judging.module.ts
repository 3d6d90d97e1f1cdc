import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@app/accounts';
import { ContestsModule } from '@app/contests';
import { EntriesModule } from '@app/entries';
import { NotificationsModule } from '@app/notifications';
import { JUDGING_ENTITIES } from './judging.entities';

@Module({
  imports: [
    TypeOrmModule.forFeature(JUDGING_ENTITIES),
    AccountsModule,
    ContestsModule,
    EntriesModule,
    NotificationsModule,
  ],
  providers: [],
  exports: [TypeOrmModule],
})
export class JudgingModule {}
