import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EntryCounts } from './contest-status';

/** One member of an entry's team (leader or member with an address), as a status change mails them. */
export interface TeamContact {
  entryId: string;
  code: string;
  title: string;
  userId: string | null;
  email: string;
  fullName: string;
  locale: string;
}

/** What the entries lib tells contests about a contest's entries. */
export interface ContestEntryFactsSource {
  counts(manager: EntityManager, contestId: string): Promise<EntryCounts>;
  teams(
    manager: EntityManager,
    contestId: string,
    entryStatuses: readonly string[],
  ): Promise<TeamContact[]>;
}

/**
 * Contests cannot read the tables of the libs above it, yet a status change must say how
 * many drafts it stops and mail their teams. Entries registers itself here at start-up
 * (as it does for category usage); without it a contest has no entries.
 */
@Injectable()
export class ContestEntryFacts {
  private source: ContestEntryFactsSource | null = null;

  register(source: ContestEntryFactsSource): void {
    this.source = source;
  }

  counts(manager: EntityManager, contestId: string): Promise<EntryCounts> {
    return this.source ? this.source.counts(manager, contestId) : Promise.resolve({});
  }

  teams(
    manager: EntityManager,
    contestId: string,
    entryStatuses: readonly string[],
  ): Promise<TeamContact[]> {
    return this.source ? this.source.teams(manager, contestId, entryStatuses) : Promise.resolve([]);
  }
}
