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
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
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

/** Organizers' side of entries: screening, the filtered list and the exports. */
@ApiTags('entries (organizers)')
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
  async screen(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ScreenEntryDto,
    @CurrentUser() principal: Principal,
  ): Promise<ScreeningResponse> {
    return toScreeningResponse(await this.screening.screen(principal.userId, id, dto));
  }

  @Get('contests/:id/entries')
  @ApiOkResponse({ type: EntryPageResponse })
  list(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: ListEntriesQueryDto,
  ): Promise<EntryPageResponse> {
    return this.listing.list(id, query);
  }

  @Get('contests/:id/entries/export.xlsx')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async exportXlsx(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: ExportEntriesQueryDto,
  ): Promise<StreamableFile> {
    return toFile(await this.exports.open(id, query, 'xlsx'));
  }

  @Get('contests/:id/entries/export.csv')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/csv')
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
