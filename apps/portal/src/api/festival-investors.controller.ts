import {
  Body,
  Controller,
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
import { CurrentUser, Public, Role, Roles, SignedIn } from '@app/accounts';
import type { Principal } from '@app/accounts';
import {
  AnswerMeetingDto,
  InvestorDecisionDto,
  InvestorProfileDto,
  InvestorService,
  MeetingService,
  MeetingSlotDto,
  RequestMeetingDto,
} from '@app/festival';
import { ErrorCode, toLocale } from '@app/platform';
import { calendarDownload } from '../festival-calendar-download';
import { ApiErrors } from './api-errors';
import { ApiTag } from './api-tags';
import { ApiFileResponse } from './responses/file-response';
import {
  InvestorFinalistResponseDto,
  InvestorProfileResponseDto,
  MeetingBoardResponseDto,
  MeetingResponseDto,
  MeetingSlotResponseDto,
} from './responses/festival-investors-response.dto';

/**
 * The investor connection: accounts apply as investors and organizers decide; approved
 * investors read the opted-in finalists and ask teams to meet at a festival slot or
 * later; the team's owner answers; organizers see every request and the day's meetings.
 */
@ApiTags(ApiTag.festival)
@Roles(Role.organizer)
@Controller('api/v1')
export class FestivalInvestorsController {
  constructor(
    private readonly investors: InvestorService,
    private readonly meetings: MeetingService,
  ) {}

  @SignedIn()
  @Put('investors/me')
  @ApiOperation({
    summary: 'Apply as an investor',
    description: 'Send or change the investor profile; it waits for the organizers again',
  })
  @ApiOkResponse({ type: InvestorProfileResponseDto })
  @ApiErrors(ErrorCode.CONFLICT)
  apply(@CurrentUser() principal: Principal, @Body() dto: InvestorProfileDto) {
    return this.investors.apply(principal, dto);
  }

  @SignedIn()
  @Get('investors/me')
  @ApiOperation({ summary: 'My investor profile', description: '404 before applying' })
  @ApiOkResponse({ type: InvestorProfileResponseDto })
  mine(@CurrentUser() principal: Principal) {
    return this.investors.mine(principal);
  }

  @Get('investors')
  @ApiOperation({ summary: 'Investor applications', description: 'Every profile, pending first' })
  @ApiOkResponse({ type: [InvestorProfileResponseDto] })
  list() {
    return this.investors.list();
  }

  @Post('investors/:profileId/decision')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Approve or refuse an investor',
    description: 'Recorded in the audit log; the investor is told by mail',
  })
  @ApiOkResponse({ type: InvestorProfileResponseDto })
  decide(
    @CurrentUser() principal: Principal,
    @Param('profileId', new ParseUUIDPipe()) profileId: string,
    @Body() dto: InvestorDecisionDto,
  ) {
    return this.investors.decide(principal, profileId, dto);
  }

  @SignedIn()
  @Get('contests/:id/festival/investor-finalists')
  @ApiOperation({
    summary: 'Finalists for investors',
    description:
      'Finalists whose teams opted into the public gallery; 403 INVESTOR_NOT_APPROVED without an approved profile',
  })
  @ApiOkResponse({ type: [InvestorFinalistResponseDto] })
  @ApiErrors(ErrorCode.INVESTOR_NOT_APPROVED)
  finalists(@CurrentUser() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.investors.finalists(principal, id);
  }

  @Post('contests/:id/festival/meeting-slots')
  @ApiOperation({ summary: 'Add a meeting slot', description: 'A time and table of the day' })
  @ApiCreatedResponse({ type: MeetingSlotResponseDto })
  addSlot(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: MeetingSlotDto) {
    return this.meetings.addSlot(id, dto);
  }

  @SignedIn()
  @Get('contests/:id/festival/meeting-slots')
  @ApiOperation({
    summary: 'Meeting slots',
    description: 'The slots in time order, each marked when taken; 403 INVESTOR_NOT_APPROVED',
  })
  @ApiOkResponse({ type: [MeetingSlotResponseDto] })
  @ApiErrors(ErrorCode.INVESTOR_NOT_APPROVED)
  slots(@CurrentUser() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.meetings.slots(principal, id);
  }

  @SignedIn()
  @Post('contests/:id/festival/meetings')
  @ApiOperation({
    summary: 'Ask a team to meet',
    description:
      'At a festival slot (`slotId`) or later (`laterNote`); 403 INVESTOR_NOT_APPROVED, 409 MEETING_SLOT_TAKEN, 404 for a team not shown to investors',
  })
  @ApiCreatedResponse({ type: MeetingResponseDto })
  @ApiErrors(ErrorCode.INVESTOR_NOT_APPROVED, ErrorCode.MEETING_SLOT_TAKEN, ErrorCode.CONFLICT)
  request(
    @CurrentUser() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: RequestMeetingDto,
  ) {
    return this.meetings.request(principal, id, dto);
  }

  @Get('contests/:id/festival/meetings')
  @ApiOperation({
    summary: 'Every meeting request and the day’s meetings',
    description: 'For organizers: all requests, and the accepted slot meetings in time order',
  })
  @ApiOkResponse({ type: MeetingBoardResponseDto })
  board(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.meetings.board(id);
  }

  @SignedIn()
  @Get('me/meetings')
  @ApiOperation({
    summary: 'My meeting requests',
    description: 'Those sent as an investor and those to the teams the caller owns',
  })
  @ApiOkResponse({ type: [MeetingResponseDto] })
  myMeetings(@CurrentUser() principal: Principal) {
    return this.meetings.mine(principal);
  }

  @SignedIn()
  @Post('festival/meetings/:meetingId/answer')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Accept or decline a meeting',
    description:
      "By the team's owner only (403); 409 MEETING_ALREADY_ANSWERED; both sides get a mail, an accepted slot meeting with its calendar file link",
  })
  @ApiOkResponse({ type: MeetingResponseDto })
  @ApiErrors(ErrorCode.MEETING_ALREADY_ANSWERED)
  answer(
    @CurrentUser() principal: Principal,
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
    @Body() dto: AnswerMeetingDto,
  ) {
    return this.meetings.answer(principal, meetingId, dto);
  }

  @Public()
  @Get('festival/meetings/calendar/:token')
  @ApiFileResponse('An iCalendar file', 'text/calendar')
  @ApiOperation({
    summary: 'An accepted meeting as a calendar file',
    description:
      'By the secret link in the meeting mails (`?lang=en` for English); 404 unless the meeting is accepted at a festival slot',
  })
  async calendar(
    @Param('token') token: string,
    @Query('lang') lang: unknown,
  ): Promise<StreamableFile> {
    return calendarDownload(await this.meetings.calendar(token, toLocale(lang)), 'meeting.ics');
  }
}
