import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailRenderer } from './mail/mail-renderer.service';
import { Notification } from './outbox/notification.entity';
import { OutboxPersonalData } from './outbox/outbox-personal-data';
import { OutboxService } from './outbox/outbox.service';

@Module({
  imports: [TypeOrmModule.forFeature([Notification])],
  // The renderer gives the subject of each mail listed in a person's data export.
  providers: [OutboxService, OutboxPersonalData, MailRenderer],
  exports: [TypeOrmModule, OutboxService, OutboxPersonalData],
})
export class NotificationsModule {}
