import { DynamicModule, Module } from '@nestjs/common';
import { MailDeliveryModule, MailRelayModule, NotificationsModule } from '@app/notifications';
import { AppConfig, PlatformModule } from '@app/platform';
import { MailDeliveryProcessor } from './mail-delivery.processor';
import { QueueConsumers } from './queue-consumers.service';

/** The queue worker: relays the outbox to BullMQ and consumes the queues. No HTTP server. */
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
      ],
      providers: [MailDeliveryProcessor, QueueConsumers],
    };
  }
}
