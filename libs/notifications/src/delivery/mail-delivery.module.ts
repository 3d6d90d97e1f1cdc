import { Module } from '@nestjs/common';
import { AppConfig, createMailTransport, MAIL_TRANSPORT } from '@app/platform';
import { MailRenderer } from '../mail/mail-renderer.service';
import { OutboxRepository } from '../outbox/outbox.repository';
import { MailDeliveryService } from './mail-delivery.service';
import { NotificationsModule } from '../notifications.module';

/** Rendering and sending of outbox rows, with one (pooled) transport per process. */
@Module({
  // The attachment makers registered by the domains live in NotificationsModule.
  imports: [NotificationsModule],
  providers: [
    MailRenderer,
    OutboxRepository,
    MailDeliveryService,
    { provide: MAIL_TRANSPORT, inject: [AppConfig], useFactory: createMailTransport },
  ],
  exports: [MailRenderer, OutboxRepository, MailDeliveryService],
})
export class MailDeliveryModule {}
