import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { User } from '@app/accounts';
import { Contest, Round } from '@app/contests';
import { OutboxService } from '@app/notifications';
import type { NewNotification } from '@app/notifications';
import { AppConfig, toLocale } from '@app/platform';

/**
 * The mail a judge gets when new assignments arrive: one per judge per batch (an
 * automatic run, or one manual change), whatever the number of entries in it.
 */
@Injectable()
export class AssignmentDigest {
  constructor(
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  /** `judgeUserIds` holds one item per new assignment. */
  async enqueue(
    manager: EntityManager,
    round: Round,
    batchId: string,
    judgeUserIds: readonly string[],
  ): Promise<void> {
    const counts = new Map<string, number>();
    for (const id of judgeUserIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    if (counts.size === 0) return;
    const contest = await manager.findOneBy(Contest, { id: round.contestId });
    const judges = await manager.findBy(User, { id: In([...counts.keys()]) });
    const mails: NewNotification[] = judges.map((judge) => {
      const locale = toLocale(judge.locale);
      const vi = locale === 'vi';
      return {
        dedupeKey: `assignments-digest:${judge.id}:${batchId}`,
        recipientEmail: judge.email,
        recipientUserId: judge.id,
        template: 'judging-assignments-digest',
        locale,
        data: {
          fullName: judge.fullName,
          honorific: judge.title,
          count: counts.get(judge.id) ?? 0,
          contestName: (vi ? contest?.nameVi : contest?.nameEn) ?? '',
          roundName: vi ? round.nameVi : round.nameEn,
          link: `${this.config.publicUrl}/judging/queue`,
        },
      };
    });
    await this.outbox.enqueueMany(manager, mails);
  }
}
