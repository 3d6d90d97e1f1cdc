import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Category, Contest, Round } from '@app/contests';
import { Entry, EntrySnapshot } from '@app/entries';
import { Assignment, AssignmentStatus } from '../assignment/assignment.entity';

/** One row of a judge's queue, before conflicts are filtered out. */
export interface QueueRow {
  assignmentId: string;
  status: AssignmentStatus;
  dueAt: Date | null;
  roundId: string;
  entryId: string;
  contestId: string;
  contestNameVi: string;
  contestNameEn: string;
  roundNameVi: string;
  roundNameEn: string;
  judgingOpensAt: Date | null;
  judgingClosesAt: Date | null;
  decidedAt: Date | null;
  code: string;
  title: string;
  /** The entry's own organisation, one of the facts conflict rules compare. */
  organization: string | null;
  categoryKey: string | null;
}

@Injectable()
export class ScoringRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A judge's assignments that still count (not released), with what the queue shows of each. */
  async queueRows(judgeUserId: string): Promise<QueueRow[]> {
    const rows = await this.dataSource
      .createQueryBuilder()
      .from(Assignment, 'a')
      .innerJoin(Round, 'r', 'r.id = a.roundId')
      .innerJoin(Contest, 'c', 'c.id = r.contestId')
      .innerJoin(Entry, 'e', 'e.id = a.entryId')
      .leftJoin(Category, 'cat', 'cat.id = e.categoryId')
      .select([
        'a.id AS assignmentId',
        'a.status AS status',
        'a.dueAt AS dueAt',
        'a.roundId AS roundId',
        'a.entryId AS entryId',
        'c.id AS contestId',
        'c.nameVi AS contestNameVi',
        'c.nameEn AS contestNameEn',
        'r.nameVi AS roundNameVi',
        'r.nameEn AS roundNameEn',
        'r.judgingOpensAt AS judgingOpensAt',
        'r.judgingClosesAt AS judgingClosesAt',
        'r.decidedAt AS decidedAt',
        'e.code AS code',
        'e.title AS title',
        'e.organization AS organization',
        'cat.key AS categoryKey',
      ])
      .where('a.judgeUserId = :judgeUserId', { judgeUserId })
      .andWhere('a.status <> :released', { released: AssignmentStatus.released })
      .getRawMany<Record<string, unknown>>();
    return rows.map((row) => ({
      ...(row as unknown as QueueRow),
      dueAt: toInstant(row.dueAt),
      judgingOpensAt: toInstant(row.judgingOpensAt),
      judgingClosesAt: toInstant(row.judgingClosesAt),
      decidedAt: toInstant(row.decidedAt),
    }));
  }

  /**
   * The title of each entry's last snapshot, read inside the database: a queue shows only
   * the title, and parsing every whole frozen entry (form, team, files) for it cost more
   * than the rest of the queue. An entry never snapshotted has no title here.
   */
  async latestTitles(entryIds: string[]): Promise<Map<string, string>> {
    if (entryIds.length === 0) return new Map();
    const title =
      this.dataSource.options.type === 'better-sqlite3'
        ? "json_extract(s.content, '$.title')"
        : "JSON_VALUE(s.content, '$.title')";
    const rows = await this.dataSource
      .getRepository(EntrySnapshot)
      .createQueryBuilder('s')
      .select(['s.entryId AS entryId', `${title} AS title`])
      .where({ entryId: In(entryIds) })
      .andWhere(
        's.revision = (SELECT MAX(s2.revision) FROM entry_snapshots s2 WHERE s2.entryId = s.entryId)',
      )
      .getRawMany<{ entryId: string; title: string | null }>();
    return new Map(
      rows.filter((row) => row.title !== null).map((row) => [row.entryId, String(row.title)]),
    );
  }

  /** The last snapshot of each entry: edits stop at the deadline, so it is the version judged. */
  async latestSnapshots(entryIds: string[]): Promise<Map<string, Record<string, unknown>>> {
    if (entryIds.length === 0) return new Map();
    const snapshots = await this.dataSource
      .getRepository(EntrySnapshot)
      .createQueryBuilder('s')
      .where({ entryId: In(entryIds) })
      .andWhere(
        's.revision = (SELECT MAX(s2.revision) FROM entry_snapshots s2 WHERE s2.entryId = s.entryId)',
      )
      .getMany();
    return new Map(snapshots.map((s) => [s.entryId, s.content]));
  }
}

/** mysql2 returns DATETIME columns as Dates; SQLite gives TypeORM's UTC text `YYYY-MM-DD HH:MM:SS.SSS`. */
function toInstant(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
}
