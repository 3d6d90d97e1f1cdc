import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Public, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import {
  CheckInService,
  CheckInSyncService,
  FestivalGuestService,
  FestivalPassService,
  RegisterGuestDto,
  ScanDto,
  SyncScansDto,
} from '@app/festival';
import { ErrorCode } from '@app/platform';
import { ApiErrors } from './api-errors';
import { ApiTag } from './api-tags';
import {
  ArrivalsResponseDto,
  DoubleEntryResponseDto,
  GuestListResponseDto,
  GuestRegistrationResponseDto,
  OfflineListResponseDto,
  PassIssueResponseDto,
  PassViewResponseDto,
  ScanResponseDto,
  SyncResponseDto,
} from './responses/festival-check-in-response.dto';

/**
 * Guests of the festival day and its door: guests register (public), organizers issue
 * the participants' passes, and staff (organizers) admit pass holders online or upload
 * the admissions their phones decided offline.
 */
@ApiTags(ApiTag.festival)
@Roles(Role.organizer)
@Controller('api/v1/contests/:id/festival')
export class FestivalCheckInController {
  constructor(
    private readonly guests: FestivalGuestService,
    private readonly passes: FestivalPassService,
    private readonly checkIns: CheckInService,
    private readonly syncs: CheckInSyncService,
  ) {}

  @Public()
  @Post('guests')
  @ApiOperation({
    summary: 'Register as a guest',
    description:
      'A seat in each chosen session while it has room, else a place in its waiting line; the personal pass goes by mail. 409 FESTIVAL_REGISTRATION_CLOSED, FESTIVAL_GUEST_ALREADY_REGISTERED; 422 FESTIVAL_SESSION_UNKNOWN; 404 until the programme is published',
  })
  @ApiCreatedResponse({ type: GuestRegistrationResponseDto })
  @ApiErrors(
    ErrorCode.FESTIVAL_REGISTRATION_CLOSED,
    ErrorCode.FESTIVAL_GUEST_ALREADY_REGISTERED,
    ErrorCode.FESTIVAL_SESSION_UNKNOWN,
    ErrorCode.CONFLICT,
  )
  register(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: RegisterGuestDto) {
    return this.guests.register(id, dto);
  }

  @Get('guests')
  @ApiOperation({
    summary: 'The guest list',
    description: 'Guests with their places, and each session’s seats and line',
  })
  @ApiOkResponse({ type: GuestListResponseDto })
  guestList(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.guests.list(id);
  }

  @Post('passes/issue')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Issue the participants’ passes',
    description:
      'A pass, by mail, for every confirmed finalist team member and accepted judge without one; issuing again mails no one twice',
  })
  @ApiOkResponse({ type: PassIssueResponseDto })
  issue(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.passes.issueForParticipants(id);
  }

  @Post('check-ins')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Admit a pass holder',
    description:
      'A scanned token or a typed short code: `admitted`, or `already` with the first admission’s time (not counted again). 404 CHECK_IN_CODE_UNKNOWN; 409 CHECK_IN_OTHER_FESTIVAL',
  })
  @ApiOkResponse({ type: ScanResponseDto })
  @ApiErrors(ErrorCode.CHECK_IN_CODE_UNKNOWN, ErrorCode.CHECK_IN_OTHER_FESTIVAL)
  scan(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ScanDto,
    @CurrentUser() principal: Principal,
  ) {
    return this.checkIns.scan(id, dto.code, principal.userId);
  }

  @Post('check-ins/sync')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Upload offline admissions',
    description:
      'Each scan with its device-made nonce: a nonce uploaded again records nothing (`replayed`); an admission of someone already admitted is a `double_entry`; a refused code is reported in its result, not thrown. 409 CONFLICT when two phones upload the same scan at once and the retries run out',
  })
  @ApiOkResponse({ type: SyncResponseDto })
  @ApiErrors(ErrorCode.CONFLICT)
  sync(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: SyncScansDto,
    @CurrentUser() principal: Principal,
  ) {
    return this.syncs.sync(id, dto, principal.userId);
  }

  @Get('check-ins/offline-list')
  @ApiOperation({
    summary: 'The day’s valid codes',
    description: 'Names, roles, short codes and token hashes, for a staff phone to decide offline',
  })
  @ApiOkResponse({ type: OfflineListResponseDto })
  offlineList(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.checkIns.offlineList(id);
  }

  @Get('check-ins/double-entries')
  @ApiOperation({ summary: 'Double entries', description: 'Passes admitted by more than one scan' })
  @ApiOkResponse({ type: [DoubleEntryResponseDto] })
  doubleEntries(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.syncs.doubleEntries(id);
  }

  @Get('arrivals')
  @ApiOperation({ summary: 'Arrivals per role', description: 'Passes and arrivals per role' })
  @ApiOkResponse({ type: ArrivalsResponseDto })
  arrivals(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.checkIns.arrivals(id);
  }
}

/** A pass holder's own pass, reached by its secret token. */
@ApiTags(ApiTag.festival)
@Controller('api/v1/festival/passes/:token')
export class FestivalPassController {
  constructor(
    private readonly passes: FestivalPassService,
    private readonly guests: FestivalGuestService,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'A pass', description: 'The holder’s name, role and short code' })
  @ApiOkResponse({ type: PassViewResponseDto })
  view(@Param('token') token: string) {
    return this.passes.view(token);
  }

  @Public()
  @Post('cancel')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Cancel a guest registration',
    description:
      'Frees the guest’s seats; the first in each waiting line moves up and is told by mail',
  })
  @ApiNoContentResponse()
  async cancel(@Param('token') token: string) {
    await this.guests.cancel(token);
  }
}
