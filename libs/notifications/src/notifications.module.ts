import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailRenderer } from './mail/mail-renderer.service';
import { Notification } from './outbox/notification.entity';
import { MailOutboxMetrics } from './outbox/outbox-metrics';
import { OutboxPersonalData } from './outbox/outbox-personal-data';
import { OutboxService } from './outbox/outbox.service';
import { OutboxWake } from './outbox/outbox-wake';
import { MailAttachments } from './delivery/mail-attachments';

@Module({
  imports: [TypeOrmModule.forFeature([Notification])],
  // The renderer gives the subject of each mail listed in a person's data export.
  // The outbox gauge is read only when the portal serves GET /metrics. OutboxWake wakes the
  // relay after a commit that wrote many outbox rows, in every process that writes them.
  providers: [
    OutboxService,
    OutboxWake,
    OutboxPersonalData,
    MailRenderer,
    MailOutboxMetrics,
    MailAttachments,
  ],
  exports: [TypeOrmModule, OutboxService, OutboxPersonalData, MailAttachments],
})
export class NotificationsModule {}
