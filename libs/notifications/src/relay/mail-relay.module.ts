import { Module } from '@nestjs/common';
import { MailDeliveryModule } from '../delivery/mail-delivery.module';
import { OutboxRelay } from './outbox-relay.service';

/** The production relay from the outbox to the BullMQ `mail` queue (runs in the worker). */
@Module({
  imports: [MailDeliveryModule],
  providers: [OutboxRelay],
})
export class MailRelayModule {}
