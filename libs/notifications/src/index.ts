export * from './notifications.module';
export * from './outbox/notification.entity';
export * from './outbox/outbox.service';
