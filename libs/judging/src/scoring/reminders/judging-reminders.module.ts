import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from '@app/accounts';
import { Contest, Round } from '@app/contests';
import { Notification, NotificationsModule } from '@app/notifications';
import { Assignment } from '../../assignment/assignment.entity';
import { JudgingReminderRepository } from './judging-reminder.repository';
import { JudgingReminderScheduler } from './judging-reminder.scheduler';
import { JudgingReminderService } from './judging-reminder.service';

/** The judging reminder scan alone (the worker needs only this), with the entities it reads. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Assignment, Round, Contest, User, Notification]),
    NotificationsModule,
  ],
  providers: [JudgingReminderRepository, JudgingReminderService],
  exports: [JudgingReminderService],
})
export class JudgingRemindersModule {}

/** The portal's in-process scan for the embedded profile; import it only without Redis. */
@Module({
  imports: [JudgingRemindersModule],
  providers: [JudgingReminderScheduler],
})
export class EmbeddedJudgingReminderSchedulerModule {}
