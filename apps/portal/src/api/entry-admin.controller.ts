import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import {
  EntryExportService,
  EntryListingService,
  EntryPageResponse,
  EntryScreeningService,
  ExportEntriesQueryDto,
  ListEntriesQueryDto,
  ScreenEntryDto,
  ScreeningResponse,
  toScreeningResponse,
} from '@app/entries';
import type { EntryExport } from '@app/entries';
import { ErrorCode } from '@app/platform';
import { ApiErrors } from './api-errors';
import { ApiTag } from './api-tags';
import { ApiFileResponse, XLSX } from './responses/file-response';

/** Organizers' side of entries: screening, the filtered list and the exports. */
@ApiTags(ApiTag.entriesOrganizers)
@Roles(Role.organizer)
@Controller('api/v1')
export class EntryAdminController {
  constructor(
    private readonly screening: EntryScreeningService,
    private readonly listing: EntryListingService,
    private readonly exports: EntryExportService,
  ) {}

  @Post('entries/:id/screening')
  @HttpCode(200)
  @ApiOkResponse({ type: ScreeningResponse })
  @ApiErrors(ErrorCode.INVALID_STATUS_TRANSITION)
  @ApiOperation({
    summary: 'Screen an entry',
    description:
      'Organizers. Marks a submitted entry eligible or ineligible with a reason; the team is told by mail. 409 INVALID_STATUS_TRANSITION, 404 NOT_FOUND.',
  })
  async screen(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ScreenEntryDto,
    @CurrentUser() principal: Principal,
  ): Promise<ScreeningResponse> {
    return toScreeningResponse(await this.screening.screen(principal.userId, id, dto));
  }

  @Get('contests/:id/entries')
  @ApiOkResponse({ type: EntryPageResponse })
  @ApiOperation({
    summary: "A contest's entries",
    description:
      "Organizers. Paged, with filters `status`, `category`, `field`, `district`, `school`, `q`; `q` (code, title, team name, members' names and e-mails) and `district` match part of the text with accents and case ignored.",
  })
  list(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: ListEntriesQueryDto,
  ): Promise<EntryPageResponse> {
    return this.listing.list(id, query);
  }

  @Get('contests/:id/entries/export.xlsx')
  @Header('Cache-Control', 'no-store')
  @ApiFileResponse('The workbook', XLSX)
  @ApiOperation({
    summary: 'Export entries as XLSX',
    description:
      'Organizers. The filtered entries, one row per team member, streamed as a workbook (`no-store`).',
  })
  async exportXlsx(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: ExportEntriesQueryDto,
  ): Promise<StreamableFile> {
    return toFile(await this.exports.open(id, query, 'xlsx'));
  }

  @Get('contests/:id/entries/export.csv')
  @Header('Cache-Control', 'no-store')
  @ApiFileResponse('The CSV file', 'text/csv')
  @ApiOperation({
    summary: 'Export entries as CSV',
    description:
      'Organizers. The filtered entries, one row per team member, streamed as CSV (`no-store`).',
  })
  async exportCsv(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: ExportEntriesQueryDto,
  ): Promise<StreamableFile> {
    return toFile(await this.exports.open(id, query, 'csv'));
  }
}

function toFile(file: EntryExport): StreamableFile {
  return new StreamableFile(file.stream, {
    type: file.mediaType,
    disposition: `attachment; filename="${file.fileName}"`,
  });
}
