import { DynamicModule, Module } from '@nestjs/common';
import { MailDeliveryModule, MailRelayModule, NotificationsModule } from '@app/notifications';
import { DeadlineRemindersModule } from '@app/entries';
import { JudgingModule, JudgingRemindersModule, RankingModule } from '@app/judging';
import { ResultsModule } from '@app/results';
import { FestivalModule } from '@app/festival';
import { AppConfig, PlatformModule } from '@app/platform';
import { AutoAssignProcessor } from './auto-assign.processor';
import { DeadlineReminderProcessor } from './deadline-reminder.processor';
import { JudgingReminderProcessor } from './judging-reminder.processor';
import { JobSchedules } from './job-schedules.service';
import { MailDeliveryProcessor } from './mail-delivery.processor';
import { RankingRecomputeProcessor } from './ranking-recompute.processor';
import { QueueConsumers } from './queue-consumers.service';

/** The queue worker: relays the outbox to BullMQ, consumes the queues and registers the repeatable jobs. No HTTP server. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot(config),
        NotificationsModule,
        MailDeliveryModule,
        MailRelayModule,
        DeadlineRemindersModule,
        JudgingRemindersModule,
        RankingModule,
        // The automatic assignment of large rounds needs judges, conflicts and the outbox.
        JudgingModule,
        ResultsModule,
        // Makes the festival mails' files (pass QR codes, calendars) when they are sent.
        FestivalModule,
      ],
      providers: [
        MailDeliveryProcessor,
        DeadlineReminderProcessor,
        JudgingReminderProcessor,
        RankingRecomputeProcessor,
        AutoAssignProcessor,
        QueueConsumers,
        JobSchedules,
      ],
    };
  }
}
