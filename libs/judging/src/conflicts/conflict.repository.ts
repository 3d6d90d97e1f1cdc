import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { User } from '@app/accounts';
import { Round } from '@app/contests';
import { Entry, TeamMember } from '@app/entries';
import { selectRow, selectRows, tableOf } from '@app/platform';
import { Assignment, AssignmentStatus } from '../assignment/assignment.entity';
import { ContestJudge } from '../judges/contest-judge.entity';
import { ConflictOfInterest, ConflictStatus } from './conflict-of-interest.entity';
import type { EntryProfile, JudgeProfile, MemberProfile } from './conflict-matrix';

export interface ActiveAssignment {
  id: string;
  roundId: string;
  entryId: string;
  judgeUserId: string;
  /** The round's advancement is decided: its assignments and scores are final. */
  decided: boolean;
}

/**
 * The reads conflict detection needs, each one query over a whole contest (or one entry);
 * the whole-contest ones select only the columns compared.
 */
@Injectable()
export class ConflictRepository {
  /** The contest's judges (any status) and anyone a stored conflict names. */
  async judgesOf(manager: EntityManager, contestId: string): Promise<JudgeProfile[]> {
    const rows = await manager
      .createQueryBuilder()
      .select('u.id', 'userId')
      .addSelect('u.email', 'email')
      .addSelect('u.organization', 'organization')
      .from(User, 'u')
      .where(
        `u.id IN (SELECT j.userId FROM contest_judges j WHERE j.contestId = :contestId)
         OR u.id IN (SELECT c.judgeUserId FROM conflicts_of_interest c WHERE c.contestId = :contestId)`,
        { contestId },
      )
      .getRawMany<JudgeProfile>();
    return rows;
  }

  async judge(manager: EntityManager, userId: string): Promise<JudgeProfile | null> {
    const user = await selectRow(manager, User, { id: userId });
    return user && { userId: user.id, email: user.email, organization: user.organization };
  }

  async entriesOf(manager: EntityManager, contestId: string): Promise<EntryProfile[]> {
    return manager
      .createQueryBuilder()
      .select('e.id', 'id')
      .addSelect('e.organization', 'organization')
      .from(Entry, 'e')
      .where('e.contestId = :contestId', { contestId })
      .getRawMany<EntryProfile>();
  }

  /** Uses the (contestId, email) index of entry_members: one range scan for the whole contest. */
  async membersOf(manager: EntityManager, contestId: string): Promise<MemberProfile[]> {
    return manager
      .createQueryBuilder()
      .select('m.entryId', 'entryId')
      .addSelect('m.email', 'email')
      .addSelect('m.organization', 'organization')
      .from(TeamMember, 'm')
      .where('m.contestId = :contestId', { contestId })
      .getRawMany<MemberProfile>();
  }

  async entry(
    manager: EntityManager,
    entryId: string,
  ): Promise<(EntryProfile & { contestId: string }) | null> {
    // Every score save and scoring page asks: three columns as a raw row, no query builder.
    const q = (name: string) => manager.connection.driver.escape(name);
    const [entry] = (await manager.query(
      `SELECT ${q('id')}, ${q('contestId')}, ${q('organization')} FROM ${tableOf(manager, Entry)}` +
        ` WHERE ${q('id')} = ?`,
      [entryId],
    )) as Array<EntryProfile & { contestId: string }>;
    return entry ?? null;
  }

  /** Uses the entryId index of entry_members: one lookup per entry. */
  async membersOfEntries(manager: EntityManager, entryIds: string[]): Promise<MemberProfile[]> {
    if (entryIds.length === 0) return [];
    // Every queue read asks for its entries' teams: three columns as raw rows, no query builder.
    const q = (name: string) => manager.connection.driver.escape(name);
    return (await manager.query(
      `SELECT ${q('entryId')}, ${q('email')}, ${q('organization')} FROM ${tableOf(manager, TeamMember)}` +
        ` WHERE ${q('entryId')} IN (${entryIds.map(() => '?').join(', ')})`,
      entryIds,
    )) as MemberProfile[];
  }

  /** Every stored conflict of the contest, whatever its status (for listings). */
  stored(
    manager: EntityManager,
    contestId: string,
    judgeUserId?: string,
  ): Promise<ConflictOfInterest[]> {
    return manager.find(ConflictOfInterest, {
      where: judgeUserId ? { contestId, judgeUserId } : { contestId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The conflicts that count: pending and rejected declarations never enter the matrix. */
  effective(
    manager: EntityManager,
    contestId: string,
    judgeUserId?: string,
  ): Promise<ConflictOfInterest[]> {
    const status = ConflictStatus.effective;
    // Every queue read and score save asks for the judge's: plain SQL (see selectRows).
    return selectRows(
      manager,
      ConflictOfInterest,
      judgeUserId ? { contestId, judgeUserId, status } : { contestId, status },
      { orderBy: { createdAt: 'ASC', id: 'ASC' } },
    );
  }

  /** Whether the judge has an assignment of the contest that is not released (any round). */
  async holdsAssignments(
    manager: EntityManager,
    contestId: string,
    judgeUserId: string,
  ): Promise<boolean> {
    const row = await this.activeAssignmentsQuery(manager, contestId, judgeUserId)
      .select('a.id', 'id')
      .limit(1)
      .getRawOne<{ id: string }>();
    return row !== undefined;
  }

  /** The judge's (or every judge's) assignments of the contest that are not released. */
  async activeAssignments(
    manager: EntityManager,
    contestId: string,
    judgeUserId?: string,
  ): Promise<ActiveAssignment[]> {
    const rows = await this.activeAssignmentsQuery(manager, contestId, judgeUserId)
      .select('a.id', 'id')
      .addSelect('a.roundId', 'roundId')
      .addSelect('a.entryId', 'entryId')
      .addSelect('a.judgeUserId', 'judgeUserId')
      .addSelect('r.decidedAt', 'decidedAt')
      .orderBy('a.id', 'ASC')
      .getRawMany<Omit<ActiveAssignment, 'decided'> & { decidedAt: unknown }>();
    return rows.map(({ decidedAt, ...row }) => ({ ...row, decided: decidedAt != null }));
  }

  private activeAssignmentsQuery(manager: EntityManager, contestId: string, judgeUserId?: string) {
    const query = manager
      .createQueryBuilder()
      .from(Assignment, 'a')
      .innerJoin(Round, 'r', 'r.id = a.roundId')
      .where('r.contestId = :contestId', { contestId })
      .andWhere('a.status <> :released', { released: AssignmentStatus.released });
    return judgeUserId ? query.andWhere('a.judgeUserId = :judgeUserId', { judgeUserId }) : query;
  }

  /** The row as stored when the same conflict (subject, value, source) exists; inserted otherwise. */
  async findOrInsert(
    manager: EntityManager,
    row: Omit<ConflictOfInterest, 'id' | 'createdAt' | 'reviewedBy' | 'reviewedAt'>,
  ): Promise<ConflictOfInterest> {
    const existing = await manager.findOne(ConflictOfInterest, {
      where: {
        contestId: row.contestId,
        judgeUserId: row.judgeUserId,
        subject: row.subject,
        value: row.value,
        source: row.source,
      },
    });
    if (existing) return existing;
    const conflict = manager.create(ConflictOfInterest, row);
    await manager.insert(ConflictOfInterest, conflict);
    return manager.findOneOrFail(ConflictOfInterest, { where: { id: conflict.id } });
  }

  isJudgeOf(manager: EntityManager, contestId: string, userId: string): Promise<boolean> {
    return manager.exists(ContestJudge, { where: { contestId, userId } });
  }

  async usersById(manager: EntityManager, ids: string[]): Promise<Map<string, User>> {
    if (ids.length === 0) return new Map();
    const users = await manager.find(User, {
      where: { id: In([...new Set(ids)]) },
      select: { id: true, email: true, fullName: true, organization: true },
    });
    return new Map(users.map((u) => [u.id, u]));
  }

  /** Codes and titles of the contest's entries, for the organizers' listing. */
  async entryLabelsOf(
    manager: EntityManager,
    contestId: string,
  ): Promise<Map<string, { code: string; title: string }>> {
    const rows = await manager
      .createQueryBuilder()
      .select('e.id', 'id')
      .addSelect('e.code', 'code')
      .addSelect('e.title', 'title')
      .from(Entry, 'e')
      .where('e.contestId = :contestId', { contestId })
      .getRawMany<{ id: string; code: string; title: string }>();
    return new Map(rows.map((r) => [r.id, { code: r.code, title: r.title }]));
  }
}
