import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type SelectQueryBuilder } from 'typeorm';
import { User } from '@app/accounts';
import { Round } from '@app/contests';
import { Entry, EntryStatus, MemberConfirmation, TeamMember } from '@app/entries';
import { Assignment, AssignmentStatus, RoundEntry } from '@app/judging';

/** A group and how many it holds; `key` null for entries that left the detail empty. */
export interface GroupCount {
  key: string | null;
  count: number;
}

/**
 * Entries that reached the organizers: submitted once and not withdrawn. Drafts and
 * withdrawn entries are counted apart, by status only.
 */
export const RECEIVED_STATUSES: readonly EntryStatus[] = [
  EntryStatus.submitted,
  EntryStatus.eligible,
  EntryStatus.ineligible,
  EntryStatus.advanced,
  EntryStatus.eliminated,
];

/** The entry columns the statistics group by. */
export type EntryDimension =
  'categoryId' | 'fieldKey' | 'district' | 'commune' | 'applicantType' | 'organization' | 'status';

export interface RoundOutcomeRow {
  roundId: string;
  status: string;
  count: number;
}

export interface JudgeProgressRow {
  roundId: string;
  judgeUserId: string;
  fullName: string | null;
  scored: number;
  total: number;
}

/**
 * The counts of the statistics page, each one GROUP BY query: a contest of 5,000 entries
 * costs a handful of index scans, never a row per entry in memory. Both databases.
 */
@Injectable()
export class ReportStatisticsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Received entries by one of their own columns (status: every entry, drafts too). */
  byEntryColumn(contestId: string, column: EntryDimension): Promise<GroupCount[]> {
    const query = this.dataSource
      .createQueryBuilder()
      .from(Entry, 'e')
      .select(`e.${column}`, 'key')
      .addSelect('COUNT(*)', 'count')
      .where('e.contestId = :contestId', { contestId })
      .groupBy(`e.${column}`);
    if (column !== 'status') received(query);
    return counted(query);
  }

  /**
   * Received entries by school: the organisation as typed on the entry. Spellings of one
   * school are merged by the service (folded text), because the databases disagree on
   * what they fold (SQLite's LOWER knows only ASCII, MariaDB's collation ignores accents).
   */
  bySchool(contestId: string): Promise<GroupCount[]> {
    // Byte for byte on MariaDB too, whose default collation would merge some spellings
    // and keep an arbitrary one of them: the service merges, the same on both databases.
    const exact =
      this.dataSource.options.type === 'better-sqlite3'
        ? 'e.organization'
        : 'e.organization COLLATE utf8mb4_bin';
    const query = this.dataSource
      .createQueryBuilder()
      .from(Entry, 'e')
      .select('MIN(e.organization)', 'key')
      .addSelect('COUNT(*)', 'count')
      .where('e.contestId = :contestId', { contestId })
      .groupBy(exact);
    return counted(received(query));
  }

  /** Team members of received entries by gender; declined members are not on the team. */
  byMemberGender(contestId: string): Promise<GroupCount[]> {
    const query = this.dataSource
      .createQueryBuilder()
      .from(TeamMember, 'm')
      .innerJoin(Entry, 'e', 'e.id = m.entryId')
      .select('m.gender', 'key')
      .addSelect('COUNT(*)', 'count')
      .where('m.contestId = :contestId', { contestId })
      .andWhere('m.confirmation <> :declined', { declined: MemberConfirmation.declined })
      .groupBy('m.gender');
    return counted(received(query));
  }

  /** Received entries by the day they were (last) submitted, in Vietnam time (UTC+7, no DST). */
  async submissionsByDay(contestId: string): Promise<GroupCount[]> {
    const day =
      this.dataSource.options.type === 'better-sqlite3'
        ? `strftime('%Y-%m-%d', e.submittedAt, '+7 hours')`
        : `DATE_FORMAT(DATE_ADD(e.submittedAt, INTERVAL 7 HOUR), '%Y-%m-%d')`;
    const query = this.dataSource
      .createQueryBuilder()
      .from(Entry, 'e')
      .select(day, 'key')
      .addSelect('COUNT(*)', 'count')
      .where('e.contestId = :contestId', { contestId })
      .andWhere('e.submittedAt IS NOT NULL')
      .groupBy(day);
    // Sorted here: `key` is a reserved word in MariaDB, and the days are few.
    const days = await counted(received(query));
    return days.sort((a, b) => (a.key ?? '').localeCompare(b.key ?? ''));
  }

  /** Entries of each round of the contest by their outcome there. */
  async roundOutcomes(contestId: string): Promise<RoundOutcomeRow[]> {
    const rows = await this.dataSource
      .createQueryBuilder()
      .from(RoundEntry, 're')
      .innerJoin(Round, 'r', 'r.id = re.roundId')
      .select('re.roundId', 'roundId')
      .addSelect('re.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .where('r.contestId = :contestId', { contestId })
      .groupBy('re.roundId')
      .addGroupBy('re.status')
      .getRawMany<{ roundId: string; status: string; count: string | number }>();
    return rows.map((row) => ({ ...row, count: Number(row.count) }));
  }

  /**
   * Per round and judge: assignments still held (released ones are not) and those scored.
   * Names are read after grouping, for the few judges, not joined to every assignment.
   */
  async judgeProgress(contestId: string): Promise<JudgeProgressRow[]> {
    const rows = await this.dataSource
      .createQueryBuilder()
      .from(Assignment, 'a')
      .innerJoin(Round, 'r', 'r.id = a.roundId')
      .select('a.roundId', 'roundId')
      .addSelect('a.judgeUserId', 'judgeUserId')
      .addSelect(`SUM(CASE WHEN a.status = :scored THEN 1 ELSE 0 END)`, 'scored')
      .addSelect('COUNT(*)', 'total')
      .where('r.contestId = :contestId', { contestId })
      .andWhere('a.status <> :released', { released: AssignmentStatus.released })
      .setParameter('scored', AssignmentStatus.scored)
      .groupBy('a.roundId')
      .addGroupBy('a.judgeUserId')
      .getRawMany<{
        roundId: string;
        judgeUserId: string;
        scored: string | number;
        total: string | number;
      }>();
    const ids = [...new Set(rows.map((row) => row.judgeUserId))];
    const users = ids.length
      ? await this.dataSource.manager.find(User, {
          where: { id: In(ids) },
          select: { id: true, fullName: true },
        })
      : [];
    const names = new Map(users.map((user) => [user.id, user.fullName]));
    return rows.map((row) => ({
      ...row,
      fullName: names.get(row.judgeUserId) ?? null,
      scored: Number(row.scored),
      total: Number(row.total),
    }));
  }
}

function received<T extends object>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return query.andWhere('e.status IN (:...received)', { received: RECEIVED_STATUSES });
}

/** MariaDB answers COUNT(*) as a string (a BIGINT), SQLite as a number. */
async function counted<T extends object>(query: SelectQueryBuilder<T>): Promise<GroupCount[]> {
  const rows = await query.getRawMany<{ key: string | null; count: string | number }>();
  return rows.map((row) => ({
    key: row.key === null || row.key === '' ? null : String(row.key),
    count: Number(row.count),
  }));
}
