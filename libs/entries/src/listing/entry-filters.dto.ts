import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Optional, QueryInt, TrimmedString } from '@app/platform';
import { COMMUNE_NAMES } from '../addresses/communes';
import { EntryStatus } from '../entries/entry.entity';

export const ENTRY_SORTS = ['code', 'submittedAt', 'title'] as const;
export type EntrySort = (typeof ENTRY_SORTS)[number];
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];
export const MAX_PAGE_SIZE = 100;
/** Far beyond any contest (a million entries at the largest page size), small enough for an OFFSET. */
export const MAX_PAGE = 10_000;

const STATUSES = Object.values(EntryStatus);

/** The filters shared by the organizers' list and the exports (all optional, all combined). */
export class EntryFiltersDto {
  @Optional()
  @IsIn(STATUSES)
  @ApiPropertyOptional({ enum: STATUSES })
  status?: EntryStatus;

  /** A category key of the contest, e.g. `y-tuong`. */
  @TrimmedString({ max: 40, optional: true })
  category?: string;

  /** A field key of the contest, e.g. `nong-nghiep`. */
  @TrimmedString({ max: 40, optional: true })
  field?: string;

  /** Part of the district name (recorded before July 2025), accents and case ignored (`duc pho` finds Đức Phổ). */
  @TrimmedString({ max: 100, optional: true })
  district?: string;

  /** A commune, ward or special zone of the province, by its official name (`Phường Sa Huỳnh`). */
  @Optional()
  @IsIn(COMMUNE_NAMES)
  @ApiPropertyOptional({ enum: COMMUNE_NAMES })
  commune?: string;

  /** Part of the school or organisation name, in any case. */
  @TrimmedString({ max: 200, optional: true })
  school?: string;

  /**
   * Searched in code, title, team name, commune and the members' names and e-mails, accents and
   * case ignored (`sa huynh` finds Sa Huỳnh).
   */
  @TrimmedString({ max: 200, optional: true })
  q?: string;
}

/** Exports always go in code order; the list may be sorted. */
export class ListEntriesQueryDto extends EntryFiltersDto {
  @Optional()
  @IsIn(ENTRY_SORTS)
  @ApiPropertyOptional({ enum: ENTRY_SORTS, default: 'code' })
  sort?: EntrySort;

  @Optional()
  @IsIn(SORT_ORDERS)
  @ApiPropertyOptional({ enum: SORT_ORDERS, default: 'asc' })
  order?: SortOrder;

  @QueryInt({ min: 1, max: MAX_PAGE })
  @ApiPropertyOptional({ default: 1 })
  page?: number;

  @QueryInt({ min: 1, max: MAX_PAGE_SIZE })
  @ApiPropertyOptional({ default: 20 })
  pageSize?: number;
}

export class ExportEntriesQueryDto extends EntryFiltersDto {
  /** Language of the column headers and labels; Vietnamese unless asked. */
  @Optional()
  @IsIn(['vi', 'en'])
  @ApiPropertyOptional({ enum: ['vi', 'en'], default: 'vi' })
  lang?: 'vi' | 'en';
}
