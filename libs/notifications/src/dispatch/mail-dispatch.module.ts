import { Module } from '@nestjs/common';
import { MailDeliveryModule } from '../delivery/mail-delivery.module';
import { DevMailboxService } from '../mailbox/dev-mailbox.service';
import { MailDispatcher } from './mail-dispatcher.service';

/**
 * What the portal needs of the mail side: the in-process dispatcher (active only without
 * Redis) and the development mailbox reader.
 */
@Module({
  imports: [MailDeliveryModule],
  providers: [MailDispatcher, DevMailboxService],
  exports: [DevMailboxService],
})
export class MailDispatchModule {}
