import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@app/accounts';
import { contestOrFail } from '@app/contests';
import { Notification, NotificationStatus } from '@app/notifications';
import { toVietnamIsoOrNull, TransactionRunner } from '@app/platform';
import { Announcement } from './announcement.entity';
import { versionKeyPrefix } from './announcement-mails';

export interface AnnouncementProgress {
  contestId: string;
  version: number;
  announcedAt: string | null;
  total: number;
  /** Written and not yet accepted by the mail server (pending or handed to the queue). */
  queued: number;
  sent: number;
  failed: number;
  /** Every mail has an outcome: sent or failed. */
  done: boolean;
}

/**
 * How the mails of an announcement version are going, read from their outbox rows (the
 * version's dedupe-key prefix), and the retry of its failed ones.
 */
@Injectable()
export class AnnouncementProgressService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** The latest version's progress (or `version`'s); null before the first announcement. */
  async progress(contestId: string, version?: number): Promise<AnnouncementProgress | null> {
    const manager = this.tx.manager;
    const contest = await contestOrFail(manager, contestId);
    const announcement = await manager.findOne(Announcement, {
      where: version ? { contestId: contest.id, version } : { contestId: contest.id },
      order: { version: 'DESC' },
    });
    if (!announcement) return null;
    const counts = await countByStatus(manager, versionKeyPrefix(contest.id, announcement.version));
    const sent = counts.get(NotificationStatus.sent) ?? 0;
    const failed = counts.get(NotificationStatus.failed) ?? 0;
    const queued =
      (counts.get(NotificationStatus.pending) ?? 0) + (counts.get(NotificationStatus.queued) ?? 0);
    return {
      contestId: contest.id,
      version: announcement.version,
      announcedAt: toVietnamIsoOrNull(announcement.createdAt),
      total: queued + sent + failed,
      queued,
      sent,
      failed,
      done: queued === 0,
    };
  }

  /** Sends the failed mails of the latest version again; the number put back in the queue. */
  async retryFailed(actorId: string, contestId: string): Promise<{ retried: number }> {
    return this.tx.run(async (manager) => {
      const contest = await contestOrFail(manager, contestId);
      const announcement = await manager.findOne(Announcement, {
        where: { contestId: contest.id },
        order: { version: 'DESC' },
      });
      if (!announcement) return { retried: 0 };
      // Conditional on `failed`: a row sent meanwhile, or retried by another organizer, is left alone.
      const result = await manager
        .createQueryBuilder()
        .update(Notification)
        .set({
          status: NotificationStatus.pending,
          attempts: 0,
          lastError: null,
          nextAttemptAt: new Date(),
        })
        .where('dedupeKey LIKE :prefix AND status = :failed', {
          prefix: `${versionKeyPrefix(contest.id, announcement.version)}%`,
          failed: NotificationStatus.failed,
        })
        .execute();
      const retried = result.affected ?? 0;
      await this.audit.record(manager, {
        actorId,
        action: 'results.mails_retried',
        subjectType: 'contest',
        subjectId: contest.id,
        data: { version: announcement.version, retried },
      });
      return { retried };
    });
  }
}

async function countByStatus(manager: EntityManager, prefix: string) {
  const rows: { status: string; count: string | number }[] = await manager
    .createQueryBuilder(Notification, 'n')
    .select('n.status', 'status')
    .addSelect('COUNT(*)', 'count')
    .where('n.dedupeKey LIKE :prefix', { prefix: `${prefix}%` })
    .groupBy('n.status')
    .getRawMany();
  return new Map(rows.map((row) => [row.status, Number(row.count)]));
}
