import { Injectable } from '@nestjs/common';
import { MailDeliveryService } from '@app/notifications';
import { JobName, JobPayloads } from '@app/platform';
import { JobHandler } from './job-handlers';

/** Runs `mail.deliver` jobs. Outcomes (sent, retry later, failed) are kept on the outbox row. */
@Injectable()
export class MailDeliveryProcessor implements JobHandler<typeof JobName.deliverMail> {
  readonly jobName = JobName.deliverMail;

  constructor(private readonly delivery: MailDeliveryService) {}

  async handle(payload: JobPayloads[typeof JobName.deliverMail]): Promise<void> {
    const ids = 'notificationIds' in payload ? payload.notificationIds : [payload.notificationId];
    await this.delivery.deliverMany(ids);
  }
}
