import { Injectable } from '@nestjs/common';
import type { Principal } from '@app/accounts';
import { ContestService } from '@app/contests';
import type { PublicContestResponse } from '@app/contests';
import { EntryService, MyEntriesService } from '@app/entries';
import type { EntryEventResponse, EntryResponse } from '@app/entries';
import { DomainError, ErrorCode } from '@app/platform';

export interface LoadedEntry {
  entry: EntryResponse;
  contest: PublicContestResponse;
  history: EntryEventResponse[];
}

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

  /** `entryId` is a path id already checked by PageIdPipe. */
  async load(principal: Principal, entryId: string): Promise<LoadedEntry> {
    const entry = await this.entries.get(principal, entryId);
    const mine = (await this.myEntries.list(principal.userId)).find((e) => e.id === entry.id);
    if (!mine) throw new DomainError(ErrorCode.NOT_FOUND, 'Entry not found');
    const contest = await this.contests.getPublished({ slug: mine.contest.slug }, true);
    return { entry, contest, history: mine.history };
  }
}
