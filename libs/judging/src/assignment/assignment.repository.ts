import { Injectable } from '@nestjs/common';
import { EntityManager, In, Not } from 'typeorm';
import { User } from '@app/accounts';
import { Category, Round } from '@app/contests';
import { Entry } from '@app/entries';
import { DomainError, ErrorCode, insertRows } from '@app/platform';
import { Assignment, AssignmentSource, AssignmentStatus } from './assignment.entity';
import { RoundEntry, RoundEntryStatus } from './round-entry.entity';

/** An entry of a round with what assignment needs to know of it. */
export interface RoundEntryRow {
  entryId: string;
  code: string;
  title: string;
  categoryKey: string | null;
  fieldKey: string | null;
  status: RoundEntryStatus;
}

/** A new assignment as the automatic assignment writes it. */
export interface NewAssignment {
  roundId: string;
  entryId: string;
  judgeUserId: string;
  status: AssignmentStatus;
  source: AssignmentSource;
  dueAt: Date | null;
}

/** Reads of the assignment feature that are more than a `find`, and its bulk insert. */
@Injectable()
export class AssignmentRepository {
  /** Inserts many new assignments in multi-row statements (`insertRows`: 15,000 in a round). */
  insertMany(manager: EntityManager, rows: readonly NewAssignment[]): Promise<void> {
    return insertRows(manager, Assignment, rows);
  }

  async round(manager: EntityManager, roundId: string): Promise<Round> {
    const round = await manager.findOneBy(Round, { id: roundId });
    if (!round) throw new DomainError(ErrorCode.NOT_FOUND, 'No such round');
    return round;
  }

  /** The round's entries ordered by code, with their category key. */
  async roundEntries(manager: EntityManager, roundId: string): Promise<RoundEntryRow[]> {
    const rows = await manager
      .createQueryBuilder(RoundEntry, 're')
      .innerJoin(Entry, 'e', 'e.id = re.entryId')
      .leftJoin(Category, 'c', 'c.id = e.categoryId')
      .select('re.entryId', 'entryId')
      .addSelect('re.status', 'status')
      .addSelect('e.code', 'code')
      .addSelect('e.title', 'title')
      .addSelect('e.fieldKey', 'fieldKey')
      .addSelect('c.key', 'categoryKey')
      .where('re.roundId = :roundId', { roundId })
      .orderBy('e.code', 'ASC')
      .getRawMany<RoundEntryRow>();
    return rows.map((row) => ({
      entryId: row.entryId,
      code: row.code,
      title: row.title,
      categoryKey: row.categoryKey ?? null,
      fieldKey: row.fieldKey ?? null,
      status: row.status,
    }));
  }

  async isInRound(manager: EntityManager, roundId: string, entryId: string): Promise<boolean> {
    return manager.existsBy(RoundEntry, { roundId, entryId });
  }

  /** Assignments that count (every status but released), in a stable order. */
  active(manager: EntityManager, roundId: string): Promise<Assignment[]> {
    return manager.find(Assignment, {
      where: { roundId, status: Not(AssignmentStatus.released) },
      order: { entryId: 'ASC', judgeUserId: 'ASC' },
    });
  }

  /** A judge's load in the round: the assignments that count (every status but released). */
  judgeLoad(manager: EntityManager, roundId: string, judgeUserId: string): Promise<number> {
    return manager.countBy(Assignment, {
      roundId,
      judgeUserId,
      status: Not(AssignmentStatus.released),
    });
  }

  async organisations(
    manager: EntityManager,
    userIds: string[],
  ): Promise<Map<string, string | null>> {
    if (userIds.length === 0) return new Map();
    const users = await manager.find(User, {
      where: { id: In([...new Set(userIds)]) },
      select: { id: true, organization: true },
    });
    return new Map(users.map((u) => [u.id, u.organization]));
  }

  /** Takes the round's row lock (MySQL) so two assignment runs of one round do not interleave. */
  async lockRound(manager: EntityManager, roundId: string, sqlite: boolean): Promise<void> {
    // SQLite transactions are serialised by the TransactionRunner already.
    if (sqlite) return;
    await manager
      .createQueryBuilder(Round, 'r')
      .setLock('pessimistic_write')
      .where('r.id = :roundId', { roundId })
      .getOne();
  }
}
