import { Injectable, OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { ContestEntryFacts } from '@app/contests';
import type { EntryCounts, TeamContact } from '@app/contests';
import { Entry } from './entry.entity';
import { teamMailRecipientsByEntry } from '../members/team-mail-recipients';

/**
 * Tells a contest's status change how many entries it touches and whom to mail: every
 * member of each entry's team in the given statuses (teamMailRecipients), in their language.
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
  const entries = await manager.find(Entry, {
    select: { id: true, ownerId: true, code: true, title: true },
    where: { contestId, status: In([...entryStatuses] as Entry['status'][]) },
    order: { code: 'ASC' },
  });
  const recipients = await teamMailRecipientsByEntry(manager, entries);
  return entries.flatMap((entry) =>
    (recipients.get(entry.id) ?? []).map((person) => ({
      entryId: entry.id,
      code: entry.code ?? '',
      title: entry.title,
      userId: person.userId,
      email: person.email,
      fullName: person.fullName,
      locale: person.locale,
    })),
  );
}
