import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@app/accounts';
import { Contest, ContestStatus, contestOrFail } from '@app/contests';
import { teamMailRecipientsByEntry } from '@app/entries';
import { OutboxService } from '@app/notifications';
import type { NewNotification } from '@app/notifications';
import {
  AppConfig,
  DomainError,
  ErrorCode,
  insertRows,
  isUniqueViolation,
  TransactionRunner,
} from '@app/platform';
import { AnnouncedOutcome } from './announced-outcome.entity';
import { Announcement } from './announcement.entity';
import { announcementBlocker, computeOutcomes } from './announcement-facts';
import type { ContestOutcomes, EntryOutcome } from './announcement-facts';
import { announcementMail } from './announcement-mails';
import type { AnnouncementLinks, ResultsTemplate } from './announcement-mails';

export interface AnnouncementResult {
  version: number;
  changedEntries: number;
  mails: number;
}

/** What the next version would state: the outcomes changed since the last one (all, the first time). */
export interface PendingAnnouncement {
  contest: Contest;
  computed: ContestOutcomes;
  latest: Announcement | null;
  changed: EntryOutcome[];
}

/**
 * Announces a contest's results: version 1 mails every participant the mail of their
 * outcome and moves the contest to announced; a later version (a correction) mails only
 * the teams whose outcome changed. A version, its outcomes, its audit row and every one of
 * its outbox rows are written in one transaction: all or nothing.
 */
@Injectable()
export class AnnouncementService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** The public results page of a contest: every results mail links to it. */
  resultsLink(contest: Pick<Contest, 'slug'>): string {
    return `${this.config.publicUrl}/results/${encodeURIComponent(contest.slug)}`;
  }

  /** The links the results mails carry. */
  linksOf(contest: Pick<Contest, 'slug'>): AnnouncementLinks {
    const base = this.config.publicUrl;
    return {
      results: this.resultsLink(contest),
      certificatesOf: (entryId) => `${base}/entries/${entryId}/certificates`,
    };
  }

  /** The next version as it would go now, or the coded reason it cannot (preview and announce). */
  async pending(
    manager: EntityManager,
    contestId: string,
  ): Promise<{ pending: PendingAnnouncement; blocker: DomainError | null }> {
    const contest = await contestOrFail(manager, contestId);
    const computed = await computeOutcomes(manager, contest.id);
    const latest = await latestAnnouncement(manager, contest.id);
    const before = latest ? await outcomeKeys(manager, latest) : new Map<string, string>();
    const changed = latest
      ? computed.outcomes.filter((o) => before.get(o.entry.id) !== o.key)
      : computed.outcomes;
    let blocker = await announcementBlocker(manager, contest, computed.rounds);
    if (!blocker && latest && changed.length === 0)
      blocker = new DomainError(
        ErrorCode.ANNOUNCEMENT_UNCHANGED,
        `No outcome changed since version ${latest.version}: nothing to send`,
      );
    return { pending: { contest, computed, latest, changed }, blocker };
  }

  async announce(actorId: string, contestId: string): Promise<AnnouncementResult> {
    return this.tx.run(async (manager) => {
      const { pending, blocker } = await this.pending(manager, contestId);
      if (blocker) throw blocker;
      const { contest, computed, latest, changed } = pending;
      const version = (latest?.version ?? 0) + 1;
      const announcement = manager.create(Announcement, {
        contestId: contest.id,
        version,
        announcedBy: actorId,
        changedEntries: changed.length,
        mails: 0,
      });
      // The version's unique index is the lock: a concurrent announcement of the same
      // version waits here and fails, and its transaction (outbox rows included) rolls back.
      await insertOrConcurrent(() => manager.insert(Announcement, announcement));
      if (version === 1) {
        const moved = await manager.update(
          Contest,
          { id: contest.id, status: ContestStatus.judging },
          { status: ContestStatus.announced },
        );
        if (!moved.affected) throw concurrent();
      }
      await insertRows(
        manager,
        AnnouncedOutcome,
        computed.outcomes.map((o) => ({
          announcementId: announcement.id,
          contestId: contest.id,
          version,
          entryId: o.entry.id,
          kind: o.outcome.kind,
          outcomeKey: o.key,
        })),
      );
      const mails = await this.mailsOf(manager, pending, version);
      await this.outbox.enqueueMany(manager, mails);
      await manager.update(Announcement, { id: announcement.id }, { mails: mails.length });
      await this.audit.record(manager, {
        actorId,
        action: version === 1 ? 'results.announced' : 'results.corrected',
        subjectType: 'contest',
        subjectId: contest.id,
        data: { version, changedEntries: changed.length, mails: mails.length },
      });
      return { version, changedEntries: changed.length, mails: mails.length };
    });
  }

  /** Every mail of the version: one per member with an address of each changed entry. */
  async mailsOf(
    manager: EntityManager,
    pending: PendingAnnouncement,
    version: number,
  ): Promise<NewNotification<ResultsTemplate>[]> {
    const { contest, computed, changed } = pending;
    const teams = await teamMailRecipientsByEntry(
      manager,
      changed.map((o) => o.entry),
    );
    const links = this.linksOf(contest);
    return changed.flatMap((item) =>
      (teams.get(item.entry.id) ?? []).map((recipient) =>
        announcementMail(contest, version, item, recipient, computed, links),
      ),
    );
  }
}

export async function latestAnnouncement(
  manager: EntityManager,
  contestId: string,
): Promise<Announcement | null> {
  return manager.findOne(Announcement, { where: { contestId }, order: { version: 'DESC' } });
}

async function outcomeKeys(
  manager: EntityManager,
  announcement: Announcement,
): Promise<Map<string, string>> {
  const rows = await manager.find(AnnouncedOutcome, {
    where: { announcementId: announcement.id },
    select: { entryId: true, outcomeKey: true },
  });
  return new Map(rows.map((row) => [row.entryId, row.outcomeKey]));
}

function concurrent(): DomainError {
  return new DomainError(
    ErrorCode.ANNOUNCEMENT_CONCURRENT,
    'Another organizer announced these results at the same moment; reload to see their version',
  );
}

async function insertOrConcurrent(insert: () => Promise<unknown>): Promise<void> {
  try {
    await insert();
  } catch (error) {
    if (isUniqueViolation(error)) throw concurrent();
    throw error;
  }
}
