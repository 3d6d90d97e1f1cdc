import { PassThrough } from 'node:stream';
import type { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { User } from '@app/accounts';
import { ContestQuestion } from '@app/contests';
import type { Locale } from '@app/platform';
import { toVietnamIso } from '@app/platform';
import type { ExportEntriesQueryDto } from '../listing/entry-filters.dto';
import { EntryListingRepository } from '../listing/entry-listing.repository';
import { EntryListingService } from '../listing/entry-listing.service';
import type { ContestScope } from '../listing/entry-listing.service';
import { EXPORT_CATALOGUE, exportHeaders, exportRows } from './export-columns';
import type { ExportContext } from './export-columns';
import { exportFileName } from './spreadsheet-cell';
import { csvStream, writeXlsx } from './spreadsheet-writers';
import type { RowBatches } from './spreadsheet-writers';

export type ExportFormat = 'xlsx' | 'csv';

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

export interface EntryExport {
  stream: Readable;
  fileName: string;
  mediaType: string;
}

/** Entries read per query while exporting: bounds memory, and the queries stay short. */
const BATCH_SIZE = 500;

/**
 * Exports of a contest's entries, one row per team member. The contest is checked before
 * anything is sent, so a wrong id is still a clean 404; after that the file is produced
 * while it is being downloaded.
 */
@Injectable()
export class EntryExportService {
  private readonly logger = new Logger(EntryExportService.name);

  constructor(
    private readonly listingService: EntryListingService,
    private readonly listing: EntryListingRepository,
    @InjectRepository(ContestQuestion) private readonly questions: Repository<ContestQuestion>,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  async open(
    contestId: string,
    query: ExportEntriesQueryDto,
    format: ExportFormat,
  ): Promise<EntryExport> {
    const scope = await this.listingService.scope(contestId, query);
    const locale: Locale = query.lang ?? 'vi';
    const questions = await this.questions.find({
      where: { contestId },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
    const header = exportHeaders(locale, questions);
    const batches = this.batches(contestId, scope, questions, locale);
    const fileName = exportFileName(
      scope.contest.codePrefix,
      toVietnamIso(new Date()).slice(0, 10),
      format,
    );
    if (format === 'csv')
      return { stream: csvStream(header, batches), fileName, mediaType: EXPORT_MEDIA_TYPES.csv };

    const stream = new PassThrough();
    writeXlsx(stream, EXPORT_CATALOGUE[locale].sheet, header, batches).catch((error: Error) => {
      if (!stream.destroyed)
        this.logger.error(`export of contest ${contestId} failed: ${error.message}`);
      stream.destroy(error);
    });
    return { stream, fileName, mediaType: EXPORT_MEDIA_TYPES.xlsx };
  }

  private async *batches(
    contestId: string,
    scope: ContestScope,
    questions: ContestQuestion[],
    locale: Locale,
  ): RowBatches {
    if (!scope.filters) return;
    let afterCode: string | null = null;
    for (;;) {
      const entries = await this.listing.batchAfter(
        contestId,
        scope.filters,
        afterCode,
        BATCH_SIZE,
      );
      if (entries.length === 0) return;
      const members = await this.listing.membersOf(entries.map((entry) => entry.id));
      const context: ExportContext = {
        labels: scope.labels,
        questions,
        phones: await this.phonesOf([...members.values()].flat()),
      };
      yield entries.flatMap((entry) =>
        exportRows(entry, members.get(entry.id) ?? [], context, locale),
      );
      if (entries.length < BATCH_SIZE) return;
      afterCode = entries[entries.length - 1].code;
    }
  }

  /** The phone of each member with an account: the team is reached through its people's profiles. */
  private async phonesOf(
    members: { userId: string | null }[],
  ): Promise<Map<string, string | null>> {
    const ids = [...new Set(members.map((m) => m.userId).filter((id): id is string => !!id))];
    if (ids.length === 0) return new Map();
    const users = await this.users.find({
      where: { id: In(ids) },
      select: { id: true, phone: true },
    });
    return new Map(users.map((user) => [user.id, user.phone]));
  }
}
