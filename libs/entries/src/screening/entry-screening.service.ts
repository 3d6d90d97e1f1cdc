import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/accounts';
import { Contest } from '@app/contests';
import { OutboxService } from '@app/notifications';
import { DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import type { EntityManager } from 'typeorm';
import { Entry, EntryStatus } from '../entries/entry.entity';
import { EntryEvent } from '../history/entry-event.entity';
import { teamMailOf, teamMailRecipients } from '../members/team-mail-recipients';
import { canScreen } from './screening-rules';
import type { ScreeningDecision } from './screening-rules';

export interface ScreenEntryCommand {
  decision: ScreeningDecision;
  reason?: string;
}

/**
 * Organizers decide whether a submitted entry meets the rules. The decision, its history
 * row, the audit row and the mails to the team are written in one transaction.
 */
@Injectable()
export class EntryScreeningService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async screen(actorId: string, entryId: string, command: ScreenEntryCommand): Promise<Entry> {
    const { decision } = command;
    const reason = command.reason?.trim() || null;
    if (decision === EntryStatus.ineligible && !reason)
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'A reason is required', [
        {
          field: 'reason',
          code: 'required',
          messages: ['reason is required when the entry is ineligible'],
        },
      ]);

    return this.tx.run(async (manager) => {
      const entry = await manager.findOneBy(Entry, { id: entryId });
      if (!entry) throw new DomainError(ErrorCode.NOT_FOUND, 'No such entry');
      const from = entry.status;
      if (!canScreen(from, decision))
        throw new DomainError(
          ErrorCode.INVALID_STATUS_TRANSITION,
          `An entry that is ${from} cannot be screened ${decision}`,
        );

      const screenedAt = new Date();
      // Guarded by the status read above, so two organizers deciding at once cannot both win.
      const result = await manager.update(
        Entry,
        { id: entry.id, status: from },
        { status: decision, screeningReason: reason, screenedAt, screenedBy: actorId },
      );
      if (result.affected === 0)
        throw new DomainError(
          ErrorCode.INVALID_STATUS_TRANSITION,
          'The entry was changed meanwhile; reload it',
        );
      Object.assign(entry, {
        status: decision,
        screeningReason: reason,
        screenedAt,
        screenedBy: actorId,
      });

      const data = { from, to: decision, reason };
      await manager.insert(EntryEvent, {
        entryId: entry.id,
        actorId,
        type: `screened_${decision}`,
        data,
      });
      await this.audit.record(manager, {
        actorId,
        action: 'entry.screened',
        subjectType: 'entry',
        subjectId: entry.id,
        data,
      });
      await this.tellTeam(manager, entry, screenedAt);
      return entry;
    });
  }

  /** Every member of the team learns the result, each in their own language. */
  private async tellTeam(manager: EntityManager, entry: Entry, screenedAt: Date): Promise<void> {
    const contest = await manager.findOneBy(Contest, { id: entry.contestId });
    const base = `entry-screened:${entry.id}:${entry.status}:${screenedAt.getTime()}`;
    for (const recipient of await teamMailRecipients(manager, entry)) {
      const { row: mail, data } = teamMailOf(recipient, base, entry, contest);
      if (entry.status === EntryStatus.eligible)
        await this.outbox.enqueue(manager, { ...mail, template: 'entry-eligible', data });
      else
        await this.outbox.enqueue(manager, {
          ...mail,
          template: 'entry-ineligible',
          // Required by screen() before an entry becomes ineligible.
          data: { ...data, reason: entry.screeningReason ?? '' },
        });
    }
  }
}
