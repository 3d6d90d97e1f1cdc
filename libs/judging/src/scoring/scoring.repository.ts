import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Category, Contest, Round } from '@app/contests';
import { tableOf } from '@app/platform';
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
  /**
   * The SQL of the queue's two reads, built once: building them with the query builder on
   * every read was a tenth of a queue read's CPU.
   */
  private statements?: { queue: string; titles: (count: number) => string };

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A judge's assignments that still count (not released), with what the queue shows of each. */
  async queueRows(judgeUserId: string): Promise<QueueRow[]> {
    const rows = (await this.dataSource.query(this.sql().queue, [
      judgeUserId,
      AssignmentStatus.released,
    ])) as Record<string, unknown>[];
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
    const rows = (await this.dataSource.query(this.sql().titles(entryIds.length), entryIds)) as {
      entryId: string;
      title: string | null;
    }[];
    return new Map(
      rows.filter((row) => row.title !== null).map((row) => [row.entryId, String(row.title)]),
    );
  }

  private sql(): NonNullable<ScoringRepository['statements']> {
    if (this.statements) return this.statements;
    const manager = this.dataSource.manager;
    const q = (name: string) => this.dataSource.driver.escape(name);
    const column = (alias: string, name: string, as = name) => `${q(alias)}.${q(name)} AS ${q(as)}`;
    const queue = [
      'SELECT',
      [
        column('a', 'id', 'assignmentId'),
        column('a', 'status'),
        column('a', 'dueAt'),
        column('a', 'roundId'),
        column('a', 'entryId'),
        column('c', 'id', 'contestId'),
        column('c', 'nameVi', 'contestNameVi'),
        column('c', 'nameEn', 'contestNameEn'),
        column('r', 'nameVi', 'roundNameVi'),
        column('r', 'nameEn', 'roundNameEn'),
        column('r', 'judgingOpensAt'),
        column('r', 'judgingClosesAt'),
        column('r', 'decidedAt'),
        column('e', 'code'),
        column('e', 'title'),
        column('e', 'organization'),
        column('cat', 'key', 'categoryKey'),
      ].join(', '),
      `FROM ${tableOf(manager, Assignment)} ${q('a')}`,
      `INNER JOIN ${tableOf(manager, Round)} ${q('r')} ON ${q('r')}.${q('id')} = ${q('a')}.${q('roundId')}`,
      `INNER JOIN ${tableOf(manager, Contest)} ${q('c')} ON ${q('c')}.${q('id')} = ${q('r')}.${q('contestId')}`,
      `INNER JOIN ${tableOf(manager, Entry)} ${q('e')} ON ${q('e')}.${q('id')} = ${q('a')}.${q('entryId')}`,
      `LEFT JOIN ${tableOf(manager, Category)} ${q('cat')} ON ${q('cat')}.${q('id')} = ${q('e')}.${q('categoryId')}`,
      `WHERE ${q('a')}.${q('judgeUserId')} = ? AND ${q('a')}.${q('status')} <> ?`,
    ].join(' ');
    const title =
      this.dataSource.options.type === 'better-sqlite3'
        ? "json_extract(s.content, '$.title')"
        : "JSON_VALUE(s.content, '$.title')";
    const snapshots = tableOf(manager, EntrySnapshot);
    const titles = (count: number) =>
      `SELECT s.${q('entryId')} AS ${q('entryId')}, ${title} AS ${q('title')} FROM ${snapshots} s` +
      ` WHERE s.${q('entryId')} IN (${Array(count).fill('?').join(', ')})` +
      ` AND s.${q('revision')} = (SELECT MAX(s2.${q('revision')}) FROM ${snapshots} s2 WHERE s2.${q('entryId')} = s.${q('entryId')})`;
    this.statements = { queue, titles };
    return this.statements;
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
