import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { User } from '@app/accounts';
import { ContestEntryFacts } from '@app/contests';
import type { EntryCounts, TeamContact } from '@app/contests';
import { Entry } from './entry.entity';

/**
 * Tells a contest's status change how many entries it touches and whom to mail: the
 * owner (team leader) of each entry in the given statuses, in their own language.
 */
@Injectable()
export class EntryContestFacts implements OnModuleInit {
  constructor(private readonly facts: ContestEntryFacts) {}

  onModuleInit(): void {
    this.facts.register({ counts, teams });
  }
}

async function counts(manager: EntityManager, contestId: string): Promise<EntryCounts> {
  const rows = await manager
    .createQueryBuilder(Entry, 'e')
    .select('e.status', 'status')
    .addSelect('COUNT(*)', 'count')
    .where('e.contestId = :contestId', { contestId })
    .groupBy('e.status')
    .getRawMany<{ status: string; count: string | number }>();
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
}

async function teams(
  manager: EntityManager,
  contestId: string,
  entryStatuses: readonly string[],
): Promise<TeamContact[]> {
  if (entryStatuses.length === 0) return [];
  return manager
    .createQueryBuilder(Entry, 'e')
    .innerJoin(User, 'u', 'u.id = e.ownerId')
    .select([
      'e.id AS entryId',
      'e.code AS code',
      'e.title AS title',
      'u.id AS userId',
      'u.email AS email',
      'u.fullName AS fullName',
      'u.locale AS locale',
    ])
    .where('e.contestId = :contestId', { contestId })
    .andWhere('e.status IN (:...statuses)', { statuses: [...entryStatuses] })
    .orderBy('e.code')
    .getRawMany<TeamContact>();
}
