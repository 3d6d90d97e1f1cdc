import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MetricsService } from '@app/platform';
import { Notification, NotificationStatus } from './notification.entity';

/**
 * Mails per outbox status, counted when Prometheus scrapes: one grouped count on the
 * (status, nextAttemptAt) index, so every portal instance reports the same truth and
 * nothing is kept in memory. A `pending` count that keeps growing means delivery stalls
 * (worker down, SMTP refusing); `failed` ones were given up and need a look.
 */
@Injectable()
export class MailOutboxMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: MetricsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.metrics.addScrapedGauge({
      name: 'mail_outbox_messages',
      help: 'Mails in the outbox by status (pending, queued, sent, failed, cancelled)',
      labelNames: ['status'],
      source: 'mail_outbox',
      read: async () => {
        const counts = await this.countByStatus();
        return Object.values(NotificationStatus).map((status) => ({
          labels: { status },
          value: counts.get(status) ?? 0,
        }));
      },
    });
  }

  async countByStatus(): Promise<Map<string, number>> {
    const rows = await this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('notification')
      .select('notification.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .groupBy('notification.status')
      .getRawMany<{ status: string; count: string | number }>();
    return new Map(rows.map((row) => [row.status, Number(row.count)]));
  }
}
