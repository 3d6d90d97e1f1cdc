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
  /** The submitted version's title (its snapshot's); the entry's own if never snapshotted. */
  title: string;
  /** The entry's own organisation, one of the facts conflict rules compare. */
  organization: string | null;
  categoryKey: string | null;
}

@Injectable()
export class ScoringRepository {
  /**
   * The SQL of the queue's read, built once: building it with the query builder on every
   * read was a tenth of a queue read's CPU.
   */
  private statement?: string;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A judge's assignments that still count (not released), with what the queue shows of
   * each. The title is the one of the submitted version's snapshot (the version judged),
   * read inside the database: parsing every whole frozen entry (form, team, files) for it
   * cost more than the rest of the queue. A snapshot is written only when an entry is
   * submitted, at the revision it then records as submitted, so joining on that revision
   * finds its last snapshot with one index lookup (a MAX per entry cost a queue read of
   * 150 assignments 1.5 ms of MariaDB's CPU, more than the rest of the read). An entry
   * never snapshotted (entered by hand) shows its own title.
   */
  async queueRows(judgeUserId: string): Promise<QueueRow[]> {
    const rows = (await this.dataSource.query(this.sql(), [
      judgeUserId,
      AssignmentStatus.released,
    ])) as Record<string, unknown>[];
    return rows.map(({ snapshotTitle, ...row }) => ({
      ...(row as unknown as QueueRow),
      title: snapshotTitle == null ? (row.title as string) : String(snapshotTitle),
      dueAt: toInstant(row.dueAt),
      judgingOpensAt: toInstant(row.judgingOpensAt),
      judgingClosesAt: toInstant(row.judgingClosesAt),
      decidedAt: toInstant(row.decidedAt),
    }));
  }

  private sql(): string {
    if (this.statement) return this.statement;
    const manager = this.dataSource.manager;
    const q = (name: string) => this.dataSource.driver.escape(name);
    const column = (alias: string, name: string, as = name) => `${q(alias)}.${q(name)} AS ${q(as)}`;
    const title =
      this.dataSource.options.type === 'better-sqlite3'
        ? "json_extract(s.content, '$.title')"
        : "JSON_VALUE(s.content, '$.title')";
    this.statement = [
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
        `${title} AS ${q('snapshotTitle')}`,
      ].join(', '),
      `FROM ${tableOf(manager, Assignment)} ${q('a')}`,
      `INNER JOIN ${tableOf(manager, Round)} ${q('r')} ON ${q('r')}.${q('id')} = ${q('a')}.${q('roundId')}`,
      `INNER JOIN ${tableOf(manager, Contest)} ${q('c')} ON ${q('c')}.${q('id')} = ${q('r')}.${q('contestId')}`,
      `INNER JOIN ${tableOf(manager, Entry)} ${q('e')} ON ${q('e')}.${q('id')} = ${q('a')}.${q('entryId')}`,
      `LEFT JOIN ${tableOf(manager, Category)} ${q('cat')} ON ${q('cat')}.${q('id')} = ${q('e')}.${q('categoryId')}`,
      `LEFT JOIN ${tableOf(manager, EntrySnapshot)} ${q('s')} ON ${q('s')}.${q('entryId')} = ${q('e')}.${q('id')} AND ${q('s')}.${q('revision')} = ${q('e')}.${q('submittedRevision')}`,
      `WHERE ${q('a')}.${q('judgeUserId')} = ? AND ${q('a')}.${q('status')} <> ?`,
    ].join(' ');
    return this.statement;
  }

  /**
   * The snapshot of each entry's submitted version, the version judged: edits stop at the
   * deadline, and it is the entry's last snapshot (see `queueRows`, which joins the same way).
   */
  async latestSnapshots(entryIds: string[]): Promise<Map<string, Record<string, unknown>>> {
    if (entryIds.length === 0) return new Map();
    const snapshots = await this.dataSource
      .getRepository(EntrySnapshot)
      .createQueryBuilder('s')
      .innerJoin(Entry, 'e', 'e.id = s.entryId AND s.revision = e.submittedRevision')
      .where({ entryId: In(entryIds) })
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
