import { DynamicModule, Module } from '@nestjs/common';
import { MailDeliveryModule, MailRelayModule, NotificationsModule } from '@app/notifications';
import { DeadlineRemindersModule } from '@app/entries';
import { AppConfig, PlatformModule } from '@app/platform';
import { DeadlineReminderProcessor } from './deadline-reminder.processor';
import { JobSchedules } from './job-schedules.service';
import { MailDeliveryProcessor } from './mail-delivery.processor';
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
      ],
      providers: [MailDeliveryProcessor, DeadlineReminderProcessor, QueueConsumers, JobSchedules],
    };
  }
}
