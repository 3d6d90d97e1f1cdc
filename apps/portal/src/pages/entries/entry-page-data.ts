import { Injectable } from '@nestjs/common';
import type { Principal } from '@app/accounts';
import { ContestService } from '@app/contests';
import type { PublicContestResponse } from '@app/contests';
import { EntryService, MyEntriesService } from '@app/entries';
import type { EntryEventResponse, EntryResponse } from '@app/entries';
import { DomainError, ErrorCode } from '@app/platform';
import { pageIdOf } from '../platform/page-id.pipe';

export interface LoadedEntry {
  entry: EntryResponse;
  contest: PublicContestResponse;
  history: EntryEventResponse[];
}

/** An id from somewhere other than a path parameter (those go through PageIdPipe). */
export const entryIdOf = pageIdOf;

/**
 * What the entry pages show, read through the services: the entry (scoped to the caller,
 * so another team's entry is "not found"), its contest and its history.
 */
@Injectable()
export class EntryPageData {
  constructor(
    private readonly entries: EntryService,
    private readonly myEntries: MyEntriesService,
    private readonly contests: ContestService,
  ) {}

  async load(principal: Principal, rawId: string): Promise<LoadedEntry> {
    const entry = await this.entries.get(principal, entryIdOf(rawId));
    const mine = (await this.myEntries.list(principal.userId)).find((e) => e.id === entry.id);
    if (!mine) throw new DomainError(ErrorCode.NOT_FOUND, 'Entry not found');
    const contest = await this.contests.getBySlug(mine.contest.slug, true);
    return { entry, contest, history: mine.history };
  }
}
