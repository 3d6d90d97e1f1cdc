import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Category, Contest } from '@app/contests';
import { ErrorCode, toVietnamIsoOrNull, TransactionRunner } from '@app/platform';
import { EntryEvent } from '../history/entry-event.entity';
import { toEntryEventResponse } from './entry.mapper';
import type { EntryEventResponse } from './entry.mapper';
import { entryLockOf } from './entry-editability';
import { EntryRepository } from './entry.repository';

export interface MyEntryResponse {
  id: string;
  code: string;
  title: string;
  status: string;
  contest: {
    id: string;
    slug: string;
    nameVi: string;
    nameEn: string;
    submissionDeadline: string | null;
  };
  categoryKey: string | null;
  revision: number;
  submittedRevision: number | null;
  hasUnsubmittedChanges: boolean;
  /** Why the team may not change the entry now, or null (see `EntryResponse.lockedBy`). */
  lockedBy: string | null;
  submittedAt: string | null;
  withdrawnAt: string | null;
  createdAt: string | null;
  /** Oldest first. */
  history: EntryEventResponse[];
}

/** "My entries": the caller's own entries across contests, with their history. */
@Injectable()
export class MyEntriesService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly entries: EntryRepository,
  ) {}

  async list(userId: string): Promise<MyEntryResponse[]> {
    const manager = this.tx.manager;
    const entries = await this.entries.ownedBy(manager, userId);
    if (entries.length === 0) return [];
    const ids = entries.map((e) => e.id);
    const [contests, categories, events] = await Promise.all([
      manager.find(Contest, { where: { id: In([...new Set(entries.map((e) => e.contestId))]) } }),
      manager.find(Category, { where: { id: In([...new Set(entries.map((e) => e.categoryId))]) } }),
      manager.find(EntryEvent, { where: { entryId: In(ids) }, order: { createdAt: 'ASC' } }),
    ]);
    const contestById = new Map(contests.map((c) => [c.id, c]));
    const categoryKey = new Map(categories.map((c) => [c.id, c.key]));
    const now = new Date();
    return entries.map((entry) => {
      const contest = contestById.get(entry.contestId);
      return {
        id: entry.id,
        code: entry.code,
        title: entry.title,
        status: entry.status,
        contest: {
          id: entry.contestId,
          slug: contest?.slug ?? '',
          nameVi: contest?.nameVi ?? '',
          nameEn: contest?.nameEn ?? '',
          submissionDeadline: toVietnamIsoOrNull(contest?.submissionDeadline),
        },
        categoryKey: categoryKey.get(entry.categoryId) ?? null,
        revision: entry.revision,
        submittedRevision: entry.submittedRevision,
        hasUnsubmittedChanges:
          entry.submittedRevision !== null && entry.submittedRevision !== entry.revision,
        lockedBy: contest ? entryLockOf(entry, contest, now) : ErrorCode.ENTRY_LOCKED,
        submittedAt: toVietnamIsoOrNull(entry.submittedAt),
        withdrawnAt: toVietnamIsoOrNull(entry.withdrawnAt),
        createdAt: toVietnamIsoOrNull(entry.createdAt),
        history: events.filter((e) => e.entryId === entry.id).map(toEntryEventResponse),
      };
    });
  }
}
