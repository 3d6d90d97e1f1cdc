import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, In, Repository, SelectQueryBuilder } from 'typeorm';
import { foldVietnamese } from '@app/platform';
import { Entry, EntryStatus } from '../entries/entry.entity';
import { TeamMember } from '../members/team-member.entity';
import type { EntrySort, SortOrder } from './entry-filters.dto';
import { containsPattern, LIKE_ESCAPE } from './like-pattern';

/** Filters resolved against the contest (a category key already turned into its id). */
export interface EntryFilters {
  status?: EntryStatus;
  categoryId?: string;
  fieldKey?: string;
  district?: string;
  commune?: string;
  school?: string;
  q?: string;
}

export interface EntryOrder {
  sort: EntrySort;
  order: SortOrder;
}

/** The columns a list or an export shows: the long texts of the form stay in the database. */
const LISTED_COLUMNS = [
  'id',
  'contestId',
  'categoryId',
  'fieldKey',
  'code',
  'status',
  'title',
  'teamName',
  'organization',
  'district',
  'commune',
  'submittedAt',
  'screenedAt',
  'screeningReason',
].map((column) => `e.${column}`);

/**
 * The organizers' view of a contest's entries. The search and the district filter compare
 * the stored folded columns (see `search-text.ts`) with the folded input, so accents and
 * case never matter and both databases agree; the school filter still compares lower-cased
 * values (MariaDB lowers all of Unicode; SQLite's LOWER only ASCII letters).
 */
@Injectable()
export class EntryListingRepository {
  constructor(
    @InjectRepository(Entry) private readonly entries: Repository<Entry>,
    @InjectRepository(TeamMember) private readonly members: Repository<TeamMember>,
  ) {}

  /** One page, ordered with the code as tie-break so pages never overlap. */
  page(
    contestId: string,
    filters: EntryFilters,
    order: EntryOrder,
    offset: number,
    limit: number,
  ): Promise<Entry[]> {
    const direction = order.order === 'desc' ? 'DESC' : 'ASC';
    const query = this.filtered(contestId, filters).select(LISTED_COLUMNS);
    if (order.sort !== 'code') query.orderBy(`e.${order.sort}`, direction);
    return query.addOrderBy('e.code', direction).offset(offset).limit(limit).getMany();
  }

  /** Entries per status under every filter except the status, in one grouped query. */
  async countByStatus(contestId: string, filters: EntryFilters): Promise<Map<string, number>> {
    const rows = await this.filtered(contestId, { ...filters, status: undefined })
      .select('e.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .groupBy('e.status')
      .getRawMany<{ status: string; count: number | string }>();
    return new Map(rows.map((row) => [row.status, Number(row.count)]));
  }

  /** The next `limit` entries by code after `afterCode`: keyset paging for exports. */
  batchAfter(
    contestId: string,
    filters: EntryFilters,
    afterCode: string | null,
    limit: number,
  ): Promise<Entry[]> {
    // Exports also write the answers to the contest's extra questions.
    const query = this.filtered(contestId, filters).select([...LISTED_COLUMNS, 'e.answers']);
    if (afterCode !== null) query.andWhere('e.code > :afterCode', { afterCode });
    return query.orderBy('e.code', 'ASC').limit(limit).getMany();
  }

  /** The team members of these entries, by entry, in team order: one query for any number of entries. */
  async membersOf(entryIds: string[]): Promise<Map<string, TeamMember[]>> {
    const byEntry = new Map<string, TeamMember[]>(entryIds.map((id) => [id, []]));
    if (entryIds.length === 0) return byEntry;
    const members = await this.members.find({
      where: { entryId: In(entryIds) },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
    for (const member of members) byEntry.get(member.entryId)?.push(member);
    return byEntry;
  }

  private filtered(contestId: string, filters: EntryFilters): SelectQueryBuilder<Entry> {
    const query = this.entries
      .createQueryBuilder('e')
      .where('e.contestId = :contestId', { contestId });
    if (filters.status) query.andWhere('e.status = :status', { status: filters.status });
    if (filters.categoryId)
      query.andWhere('e.categoryId = :categoryId', { categoryId: filters.categoryId });
    if (filters.fieldKey) query.andWhere('e.fieldKey = :fieldKey', { fieldKey: filters.fieldKey });
    if (filters.district)
      query.andWhere(`e.searchDistrict LIKE :district ESCAPE '${LIKE_ESCAPE}'`, {
        district: containsPattern(foldVietnamese(filters.district)),
      });
    // A commune comes from the list (the DTO checks it), so it is compared as stored.
    if (filters.commune) query.andWhere('e.commune = :commune', { commune: filters.commune });
    if (filters.school)
      query.andWhere(`LOWER(e.organization) LIKE :school ESCAPE '${LIKE_ESCAPE}'`, {
        school: containsPattern(filters.school.toLowerCase()),
      });
    if (filters.q) this.search(query, filters.q);
    return query;
  }

  /** Code, title, team name and commune, or any member's name or e-mail, compared folded. */
  private search(query: SelectQueryBuilder<Entry>, text: string): void {
    const like = (column: string) => `${column} LIKE :q ESCAPE '${LIKE_ESCAPE}'`;
    const memberMatches = query
      .subQuery()
      .select('1')
      .from(TeamMember, 'm')
      .where('m.entryId = e.id')
      .andWhere(like('m.searchText'))
      .getQuery();
    query.andWhere(
      new Brackets((w) =>
        w
          .where(like('e.searchText'))
          .orWhere(like('e.searchCommune'))
          .orWhere(`EXISTS ${memberMatches}`),
      ),
      { q: containsPattern(foldVietnamese(text)) },
    );
  }
}
