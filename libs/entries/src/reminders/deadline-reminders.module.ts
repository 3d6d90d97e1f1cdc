import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from '@app/accounts';
import { Contest } from '@app/contests';
import { Notification, NotificationsModule } from '@app/notifications';
import { Entry } from '../entries/entry.entity';
import { DeadlineReminderRepository } from './deadline-reminder.repository';
import { DeadlineReminderScheduler } from './deadline-reminder.scheduler';
import { DeadlineReminderService } from './deadline-reminder.service';

/**
 * The deadline reminder scan, without the rest of the entries module (the worker needs
 * only this). The entities are registered here so the worker's data source knows them.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Entry, Contest, User, Notification]), NotificationsModule],
  providers: [DeadlineReminderRepository, DeadlineReminderService],
  exports: [DeadlineReminderService],
})
export class DeadlineRemindersModule {}

/** The portal's in-process scan for the embedded profile; import it only without Redis. */
@Module({
  imports: [DeadlineRemindersModule],
  providers: [DeadlineReminderScheduler],
})
export class EmbeddedReminderSchedulerModule {}
