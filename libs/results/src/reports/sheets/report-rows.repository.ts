import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, Not } from 'typeorm';
import { User } from '@app/accounts';
import { Entry, MemberConfirmation, TeamMember } from '@app/entries';
import { ContestJudge, RoundEntry, Score, ScoreStatus } from '@app/judging';
import { RECEIVED_STATUSES } from '../report-statistics.repository';

/** An entry of a round with what the decisions and scores sheets show of it. */
export interface RoundEntryRow {
  entryId: string;
  code: string;
  title: string;
  categoryId: string;
  status: string;
  decisionNote: string | null;
}

/**
 * The rows of the report's sheets, read in batches by entry code (keyset pagination: each
 * batch is an index range, however deep into the contest), so the workbook is written
 * while a contest of thousands of entries is read.
 */
@Injectable()
export class ReportRowsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Received entries after `afterCode`, with the columns and answers the entry export writes. */
  receivedEntriesAfter(contestId: string, afterCode: string | null, limit: number) {
    const query = this.dataSource.manager
      .createQueryBuilder(Entry, 'e')
      .where('e.contestId = :contestId', { contestId })
      .andWhere('e.status IN (:...received)', { received: RECEIVED_STATUSES });
    if (afterCode !== null) query.andWhere('e.code > :afterCode', { afterCode });
    return query.orderBy('e.code', 'ASC').limit(limit).getMany();
  }

  /** Team members of these entries by entry, in team order; declined ones are not on the team. */
  async membersOf(entryIds: string[]): Promise<Map<string, TeamMember[]>> {
    const byEntry = new Map<string, TeamMember[]>(entryIds.map((id) => [id, []]));
    if (entryIds.length === 0) return byEntry;
    const members = await this.dataSource.manager.find(TeamMember, {
      where: { entryId: In(entryIds), confirmation: Not(MemberConfirmation.declined) },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
    for (const member of members) byEntry.get(member.entryId)?.push(member);
    return byEntry;
  }

  /** Phone numbers of these accounts: the team is reached through its people's profiles. */
  async phonesOf(userIds: string[]): Promise<Map<string, string | null>> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return new Map();
    const users = await this.dataSource.manager.find(User, {
      where: { id: In(ids) },
      select: { id: true, phone: true },
    });
    return new Map(users.map((user) => [user.id, user.phone]));
  }

  /** The round's entries after `afterCode`, with their outcome there. */
  async roundEntriesAfter(
    roundId: string,
    afterCode: string | null,
    limit: number,
  ): Promise<RoundEntryRow[]> {
    const query = this.dataSource
      .createQueryBuilder()
      .from(RoundEntry, 're')
      .innerJoin(Entry, 'e', 'e.id = re.entryId')
      .select([
        're.entryId AS entryId',
        'e.code AS code',
        'e.title AS title',
        'e.categoryId AS categoryId',
        're.status AS status',
        're.decisionNote AS decisionNote',
      ])
      .where('re.roundId = :roundId', { roundId });
    if (afterCode !== null) query.andWhere('e.code > :afterCode', { afterCode });
    return query.orderBy('e.code', 'ASC').limit(limit).getRawMany<RoundEntryRow>();
  }

  /** Submitted scores of these entries in the round (drafts are not a judge's verdict). */
  submittedScores(roundId: string, entryIds: string[]): Promise<Score[]> {
    if (entryIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(Score, {
      where: { roundId, entryId: In(entryIds), status: ScoreStatus.submitted },
      select: { id: true, entryId: true, judgeUserId: true, values: true, submittedAt: true },
    });
  }

  /**
   * Every judge of the contest with a number and a name: the number is their place in the
   * order they were invited, so "Giám khảo 2" is the same person on every sheet.
   */
  async judgesOf(contestId: string): Promise<{ userId: string; fullName: string }[]> {
    return this.dataSource
      .createQueryBuilder()
      .from(ContestJudge, 'j')
      .innerJoin(User, 'u', 'u.id = j.userId')
      .select(['j.userId AS userId', 'u.fullName AS fullName'])
      .where('j.contestId = :contestId', { contestId })
      .orderBy('j.createdAt', 'ASC')
      .addOrderBy('j.userId', 'ASC')
      .getRawMany();
  }

  async namesOf(userIds: string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const users = await this.dataSource.manager.find(User, {
      where: { id: In([...new Set(userIds)]) },
      select: { id: true, fullName: true },
    });
    return new Map(users.map((user) => [user.id, user.fullName]));
  }
}
