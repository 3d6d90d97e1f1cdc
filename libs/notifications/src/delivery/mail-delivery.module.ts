import { Module } from '@nestjs/common';
import { AppConfig, createMailTransport, MAIL_TRANSPORT } from '@app/platform';
import { MailRenderer } from '../mail/mail-renderer.service';
import { OutboxRepository } from '../outbox/outbox.repository';
import { MailDeliveryService } from './mail-delivery.service';

/** Rendering and sending of outbox rows, with one (pooled) transport per process. */
@Module({
  providers: [
    MailRenderer,
    OutboxRepository,
    MailDeliveryService,
    { provide: MAIL_TRANSPORT, inject: [AppConfig], useFactory: createMailTransport },
  ],
  exports: [MailRenderer, OutboxRepository, MailDeliveryService],
})
export class MailDeliveryModule {}
