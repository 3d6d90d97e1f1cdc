import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Notification } from './outbox/notification.entity';
import { OutboxService } from './outbox/outbox.service';

@Module({
  imports: [TypeOrmModule.forFeature([Notification])],
  providers: [OutboxService],
  exports: [TypeOrmModule, OutboxService],
})
export class NotificationsModule {}
