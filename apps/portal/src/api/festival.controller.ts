import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import {
  FestivalBoothDto,
  FestivalBoothService,
  FestivalCalendarService,
  FestivalMailsService,
  FestivalService,
  FestivalSessionDto,
  FestivalSessionService,
  UpsertFestivalDto,
} from '@app/festival';
import { ErrorCode, toLocale } from '@app/platform';
import { festivalAudienceOf } from '../festival-audience';
import { calendarDownload } from '../festival-calendar-download';
import { ApiErrors } from './api-errors';
import { ApiTag } from './api-tags';
import { ApiFileResponse } from './responses/file-response';
import {
  BoothCandidateResponse,
  FestivalBoothResponseDto,
  FestivalResponseDto,
  FestivalSessionResponseDto,
  ProgrammeMailResponseDto,
} from './responses/festival-response.dto';

/**
 * The festival day of a contest: organizers write the programme (details, sessions,
 * booths) and publish it; anyone reads it, and its calendar files, once published.
 */
@ApiTags(ApiTag.festival)
@Roles(Role.organizer)
@Controller('api/v1/contests/:id')
export class FestivalController {
  constructor(
    private readonly festivals: FestivalService,
    private readonly sessions: FestivalSessionService,
    private readonly booths: FestivalBoothService,
    private readonly calendars: FestivalCalendarService,
    private readonly mails: FestivalMailsService,
  ) {}

  @Public()
  @Get('festival')
  @ApiOperation({
    summary: 'The festival day programme',
    description:
      'The programme: details, sessions in time order, booths. 404 for everyone but organizers until published',
  })
  @ApiOkResponse({ type: FestivalResponseDto })
  view(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() principal?: Principal) {
    return this.festivals.view(id, festivalAudienceOf(principal));
  }

  @Put('festival')
  @ApiOperation({
    summary: 'Create or update the festival',
    description:
      'Create the festival or replace its details (sessions and booths stay); once published, a new date or venue mails everyone the programme goes to the updated calendar, once per change',
  })
  @ApiOkResponse({ type: FestivalResponseDto })
  upsert(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: UpsertFestivalDto) {
    return this.festivals.upsert(id, dto);
  }

  @Post('festival/publish')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Publish the programme',
    description: 'Open the programme to the public; publishing again changes nothing',
  })
  @ApiOkResponse({ type: FestivalResponseDto })
  publish(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.festivals.publish(id);
  }

  @Post('festival/programme/mail')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Mail the programme',
    description:
      'The programme with its calendar files to every finalist team member, accepted judge, registered guest and speaker with an address, each in their language; sending again mails only those whose programme changed since. 409 FESTIVAL_NOT_PUBLISHED',
  })
  @ApiOkResponse({ type: ProgrammeMailResponseDto })
  @ApiErrors(ErrorCode.FESTIVAL_NOT_PUBLISHED)
  mailProgramme(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.mails.sendProgramme(id);
  }

  @Post('festival/sessions')
  @ApiOperation({
    summary: 'Add a session',
    description: 'Add a session; 400 dateOrder when it ends before it starts',
  })
  @ApiCreatedResponse({ type: FestivalSessionResponseDto })
  createSession(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: FestivalSessionDto) {
    return this.sessions.create(id, dto);
  }

  @Put('festival/sessions/:sessionId')
  @ApiOperation({
    summary: 'Replace a session',
    description:
      'Replace a session; once published, a new time or room mails its guests, speakers with an address (and finalists and judges for the final) a calendar update; 404 for a session of another contest',
  })
  @ApiOkResponse({ type: FestivalSessionResponseDto })
  replaceSession(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('sessionId', new ParseUUIDPipe()) sessionId: string,
    @Body() dto: FestivalSessionDto,
  ) {
    return this.sessions.replace(id, sessionId, dto);
  }

  @Delete('festival/sessions/:sessionId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Cancel (delete) a session',
    description:
      "Delete a session: once published, its people get a cancellation with a METHOD:CANCEL calendar, and its guests' seats are released; 404 for a session of another contest",
  })
  async deleteSession(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('sessionId', new ParseUUIDPipe()) sessionId: string,
  ) {
    await this.sessions.remove(id, sessionId);
  }

  @Get('festival/booth-candidates')
  @ApiOperation({
    summary: 'Finalists who may get a booth',
    description: "The contest's finalists, who may get a booth",
  })
  @ApiOkResponse({ type: [BoothCandidateResponse] })
  boothCandidates(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.booths.candidates(id);
  }

  @Post('festival/booths')
  @ApiErrors(ErrorCode.BOOTH_NUMBER_TAKEN, ErrorCode.BOOTH_ENTRY_NOT_FINALIST)
  @ApiOperation({
    summary: 'Add a booth',
    description:
      "Add a booth for a finalist (entryId) or a partner unit (partnerName); 409 BOOTH_NUMBER_TAKEN, BOOTH_ENTRY_NOT_FINALIST; 404 for another contest's entry",
  })
  @ApiCreatedResponse({ type: FestivalBoothResponseDto })
  createBooth(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: FestivalBoothDto) {
    return this.booths.create(id, dto);
  }

  @Put('festival/booths/:boothId')
  @ApiErrors(ErrorCode.BOOTH_NUMBER_TAKEN, ErrorCode.BOOTH_ENTRY_NOT_FINALIST)
  @ApiOperation({
    summary: 'Replace a booth',
    description: 'Replace a booth; 409 BOOTH_NUMBER_TAKEN, BOOTH_ENTRY_NOT_FINALIST',
  })
  @ApiOkResponse({ type: FestivalBoothResponseDto })
  replaceBooth(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('boothId', new ParseUUIDPipe()) boothId: string,
    @Body() dto: FestivalBoothDto,
  ) {
    return this.booths.replace(id, boothId, dto);
  }

  @Delete('festival/booths/:boothId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete a booth',
    description: 'Delete a booth; 404 for a booth of another contest',
  })
  async deleteBooth(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('boothId', new ParseUUIDPipe()) boothId: string,
  ) {
    await this.booths.remove(id, boothId);
  }

  @Public()
  @Get('festival.ics')
  @ApiFileResponse('An iCalendar file', 'text/calendar')
  @ApiOperation({
    summary: 'The whole day as a calendar file',
    description:
      'The whole day as an iCalendar file (`?lang=en` for English titles), one event per session with UTC times; 404 for the public until published',
  })
  async dayCalendar(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('lang') lang: unknown,
    @CurrentUser() principal?: Principal,
  ): Promise<StreamableFile> {
    const ics = await this.calendars.day(id, festivalAudienceOf(principal), toLocale(lang));
    return calendarDownload(ics, 'festival.ics');
  }

  @Public()
  @Get('festival/sessions/:sessionId.ics')
  @ApiFileResponse('An iCalendar file', 'text/calendar')
  @ApiOperation({
    summary: 'One session as a calendar file',
    description:
      'One session as an iCalendar file (`?lang=en` for English); 404 for the public until published',
  })
  async sessionCalendar(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('sessionId', new ParseUUIDPipe()) sessionId: string,
    @Query('lang') lang: unknown,
    @CurrentUser() principal?: Principal,
  ): Promise<StreamableFile> {
    const ics = await this.calendars.session(
      id,
      sessionId,
      festivalAudienceOf(principal),
      toLocale(lang),
    );
    return calendarDownload(ics, 'festival-session.ics');
  }
}
