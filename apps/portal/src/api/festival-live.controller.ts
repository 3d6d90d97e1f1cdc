import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ClientAddress, CurrentUser, Public, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import {
  CastVoteDto,
  HallScreensService,
  LiveFinalService,
  MakeVoteCodesDto,
  PeoplesChoiceService,
  PitchOrderService,
  PitchTimerDto,
  SetPitchOrderDto,
} from '@app/festival';
import { ErrorCode } from '@app/platform';
import { festivalAudienceOf } from '../festival-audience';
import { ApiErrors } from './api-errors';
import { ApiTag } from './api-tags';
import {
  CategoryOrderResponse,
  HallStateResponse,
  PitchOrderResponse,
  VoteAuditResponse,
  VoteCodesResponse,
  VoteReceiptResponse,
} from './responses/festival-live-response.dto';

/**
 * The live final of a contest's festival: the pitch order (drawn or set), the pitch timer,
 * opening and closing pitches, the prize reveal and the people's choice vote. Organizers
 * run it; anyone reads the order and the hall's state once the programme is published, and
 * guests vote with their account or a badge code.
 */
@ApiTags(ApiTag.festival)
@Roles(Role.organizer)
@Controller('api/v1/contests/:id/festival')
export class FestivalLiveController {
  constructor(
    private readonly order: PitchOrderService,
    private readonly live: LiveFinalService,
    private readonly halls: HallScreensService,
    private readonly votes: PeoplesChoiceService,
  ) {}

  @Public()
  @Get('pitch-order')
  @ApiOperation({
    summary: 'The pitch order',
    description:
      'Per category, the finalists in pitch order with their time slot; a drawn order shows its seed (see the README to check a draw)',
  })
  @ApiOkResponse({ type: PitchOrderResponse })
  pitchOrder(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() principal?: Principal) {
    return this.order.view(id, festivalAudienceOf(principal));
  }

  @Post('pitch-order/:categoryId/draw')
  @ApiOperation({
    summary: 'Draw a category’s pitch order',
    description:
      'A seeded shuffle of the finalists; 409 LIVE_FINAL_IN_PROGRESS once a pitch opened',
  })
  @ApiCreatedResponse({ type: CategoryOrderResponse })
  @ApiErrors(ErrorCode.LIVE_FINAL_IN_PROGRESS, ErrorCode.CONFLICT)
  draw(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('categoryId', new ParseUUIDPipe()) categoryId: string,
    @CurrentUser() principal: Principal,
  ) {
    return this.order.draw(id, categoryId, principal.userId);
  }

  @Put('pitch-order/:categoryId')
  @ApiOperation({
    summary: 'Set a category’s pitch order',
    description:
      'Every finalist of the category once; 422 PITCH_ORDER_MISMATCH, 409 LIVE_FINAL_IN_PROGRESS',
  })
  @ApiOkResponse({ type: CategoryOrderResponse })
  @ApiErrors(ErrorCode.PITCH_ORDER_MISMATCH, ErrorCode.LIVE_FINAL_IN_PROGRESS, ErrorCode.CONFLICT)
  setOrder(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('categoryId', new ParseUUIDPipe()) categoryId: string,
    @Body() dto: SetPitchOrderDto,
    @CurrentUser() principal: Principal,
  ) {
    return this.order.set(id, categoryId, dto.entryIds, principal.userId);
  }

  @Put('live/timer')
  @ApiOperation({
    summary: 'Set the pitch timer',
    description: 'Minutes of pitch and of questions',
  })
  @ApiOkResponse({ type: HallStateResponse })
  timer(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: PitchTimerDto) {
    return this.live.setTimer(id, dto);
  }

  @Post('pitches/:pitchId/open')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Open a pitch',
    description: 'Starts its timer on the server and closes the pitch open before it',
  })
  @ApiOkResponse({ type: HallStateResponse })
  open(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('pitchId', new ParseUUIDPipe()) pitchId: string,
  ) {
    return this.live.open(id, pitchId);
  }

  @Post('pitches/:pitchId/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close a pitch', description: 'Judges can no longer score it' })
  @ApiOkResponse({ type: HallStateResponse })
  close(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('pitchId', new ParseUUIDPipe()) pitchId: string,
  ) {
    return this.live.close(id, pitchId);
  }

  @Post('reveal/next')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Reveal the next prize',
    description:
      'On the hall screen, smallest prize first; 409 LIVE_FINAL_IN_PROGRESS before the last pitch closed, NOTHING_TO_REVEAL',
  })
  @ApiOkResponse({ type: HallStateResponse })
  @ApiErrors(ErrorCode.LIVE_FINAL_IN_PROGRESS, ErrorCode.NOTHING_TO_REVEAL, ErrorCode.CONFLICT)
  revealNext(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.live.revealNext(id);
  }

  @Public()
  @Get('hall')
  @ApiOperation({
    summary: 'The hall screen’s state',
    description:
      'What the hall screen shows now (the open pitch and its timer, revealed prizes, the vote); the page follows it by server-sent events',
  })
  @ApiOkResponse({ type: HallStateResponse })
  hall(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() principal?: Principal) {
    return this.halls.state(id, festivalAudienceOf(principal));
  }

  @Post('votes/open')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Open the people’s choice vote',
    description: 'Guests may vote from now until the close; opening again changes nothing',
  })
  @ApiOkResponse({ type: HallStateResponse })
  openVoting(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.votes.open(id);
  }

  @Post('votes/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close the people’s choice vote', description: 'Votes are final' })
  @ApiOkResponse({ type: HallStateResponse })
  @ApiErrors(ErrorCode.VOTING_CLOSED)
  closeVoting(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.votes.close(id);
  }

  @Post('votes/reveal')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Reveal the tally on the hall screen',
    description: '409 LIVE_FINAL_IN_PROGRESS while the vote is open',
  })
  @ApiOkResponse({ type: HallStateResponse })
  @ApiErrors(ErrorCode.LIVE_FINAL_IN_PROGRESS)
  revealVotes(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.votes.reveal(id);
  }

  @Post('vote-codes')
  @ApiOperation({
    summary: 'Make badge vote codes',
    description: 'Shown once, for printing on badges; only their hashes are kept',
  })
  @ApiCreatedResponse({ type: VoteCodesResponse })
  makeCodes(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: MakeVoteCodesDto) {
    return this.votes.makeCodes(id, dto.count);
  }

  @Get('votes/audit')
  @ApiOperation({
    summary: 'The vote’s audit trail',
    description: 'Every vote and change of vote with its time, and the number of voters',
  })
  @ApiOkResponse({ type: VoteAuditResponse })
  audit(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.votes.audit(id);
  }

  @Public()
  @Post('votes')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Vote for a finalist',
    description:
      'With a badge `code`, or with the signed-in account of someone checked in at the festival (the account votes as the checked-in pass with its e-mail); voting again changes the vote. 409 VOTING_CLOSED, 403 INVALID_VOTE_CODE, 403 VOTE_NEEDS_CHECK_IN for an account without a checked-in pass, 429 after too many wrong codes, 422 VOTE_NOT_FINALIST',
  })
  @ApiOkResponse({ type: VoteReceiptResponse })
  @ApiErrors(
    ErrorCode.VOTING_CLOSED,
    ErrorCode.INVALID_VOTE_CODE,
    ErrorCode.TOO_MANY_REQUESTS,
    ErrorCode.VOTE_NOT_FINALIST,
    ErrorCode.VOTE_NEEDS_CHECK_IN,
    ErrorCode.UNAUTHENTICATED,
    ErrorCode.CONFLICT,
  )
  vote(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: CastVoteDto,
    @ClientAddress() client: string,
    @CurrentUser() principal?: Principal,
  ) {
    return this.votes.cast(id, dto, principal, client);
  }
}
