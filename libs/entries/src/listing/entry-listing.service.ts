import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Category, Contest } from '@app/contests';
import { DomainError, ErrorCode } from '@app/platform';
import type { EntryFiltersDto, ListEntriesQueryDto } from './entry-filters.dto';
import { EntryListingRepository } from './entry-listing.repository';
import type { EntryFilters } from './entry-listing.repository';
import { toListedEntry } from './entry-listing.mapper';
import type { ContestLabels, EntryPageResponse } from './entry-listing.mapper';

export const DEFAULT_PAGE_SIZE = 20;

/** A contest with what its entries' filters and labels refer to. */
export interface ContestScope {
  contest: Contest;
  labels: ContestLabels;
  /** null when a filter names a category the contest does not have: nothing can match. */
  filters: EntryFilters | null;
}

@Injectable()
export class EntryListingService {
  constructor(
    @InjectRepository(Contest) private readonly contests: Repository<Contest>,
    @InjectRepository(Category) private readonly categories: Repository<Category>,
    private readonly listing: EntryListingRepository,
  ) {}

  async list(contestId: string, query: ListEntriesQueryDto): Promise<EntryPageResponse> {
    const { labels, filters } = await this.scope(contestId, query);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    if (!filters) return { items: [], page, pageSize, total: 0, countsByStatus: {} };

    const [entries, counts] = await Promise.all([
      this.listing.page(
        contestId,
        filters,
        { sort: query.sort ?? 'code', order: query.order ?? 'asc' },
        (page - 1) * pageSize,
        pageSize,
      ),
      this.listing.countByStatus(contestId, filters),
    ]);
    const members = await this.listing.membersOf(entries.map((entry) => entry.id));
    const total = filters.status
      ? (counts.get(filters.status) ?? 0)
      : [...counts.values()].reduce((sum, n) => sum + n, 0);
    return {
      items: entries.map((entry) => toListedEntry(entry, members.get(entry.id) ?? [], labels)),
      page,
      pageSize,
      total,
      countsByStatus: Object.fromEntries(counts),
    };
  }

  /** Loads the contest (404 when absent) and resolves the filters against it. */
  async scope(contestId: string, query: EntryFiltersDto): Promise<ContestScope> {
    const contest = await this.contests.findOneBy({ id: contestId });
    if (!contest) throw new DomainError(ErrorCode.NOT_FOUND, 'No such contest');
    const categories = await this.categories.find({
      where: { contestId },
      order: { position: 'ASC' },
    });
    const labels: ContestLabels = {
      categories: new Map(categories.map((category) => [category.id, category])),
      fields: new Map((contest.fields ?? []).map((field) => [field.key, field])),
    };
    let categoryId: string | undefined;
    if (query.category) {
      categoryId = categories.find((category) => category.key === query.category)?.id;
      if (!categoryId) return { contest, labels, filters: null };
    }
    return {
      contest,
      labels,
      filters: {
        status: query.status,
        categoryId,
        fieldKey: query.field,
        district: query.district,
        commune: query.commune,
        school: query.school,
        q: query.q,
      },
    };
  }
}
