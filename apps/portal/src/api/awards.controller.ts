import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { CreatePrizeDto, PrizeService, UpdatePrizeDto } from '@app/contests';
import {
  AwardingService,
  AwardService,
  AwardWithdrawalService,
  ConfirmProposalDto,
  ProposeAwardChangeDto,
  WithdrawAwardDto,
} from '@app/results';
import { ErrorCode } from '@app/platform';
import { ApiErrors } from './api-errors';
import { ApiTag } from './api-tags';
import {
  AwardResponseDto,
  AwardsViewResponse,
  ConfirmChangeResponseDto,
  ConfirmWithdrawalResponseDto,
  WithdrawalResponseDto,
  PrizeResponseDto,
} from './responses/results-response.dto';

/** A contest's prizes and their awards, for organizers. */
@ApiTags(ApiTag.awards)
@Roles(Role.organizer)
@Controller('api/v1/contests/:id')
export class AwardsController {
  constructor(
    private readonly prizes: PrizeService,
    private readonly awards: AwardService,
    private readonly awarding: AwardingService,
    private readonly withdrawals: AwardWithdrawalService,
  ) {}

  @Get('prizes')
  @ApiOperation({
    summary: "A contest's prizes",
    description:
      "Organizers. The contest's one prize list (the same `prizes` the contest routes read and write) with kind, names, amount, quantity and category.",
  })
  @ApiOkResponse({ type: [PrizeResponseDto] })
  listPrizes(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.prizes.list(id);
  }

  @Post('prizes')
  @ApiOperation({
    summary: 'Add a prize',
    description:
      'Organizers. `{kind, nameVi, nameEn, amount, quantity, categoryId?, position?}`: `kind` one of first, second, third, consolation, special; `amount` whole VND >= 0; `quantity` >= 1. Appended to the contest’s one prize list. 201. 404 NOT_FOUND.',
  })
  @ApiCreatedResponse({ type: PrizeResponseDto })
  createPrize(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: CreatePrizeDto,
    @CurrentUser() principal: Principal,
  ) {
    return this.prizes.create(principal.userId, id, dto);
  }

  @Patch('prizes/:prizeId')
  @ApiErrors(ErrorCode.PRIZE_COUNT_EXCEEDED)
  @ApiOperation({
    summary: 'Edit a prize',
    description:
      'Organizers. Changes the fields sent. 409 PRIZE_COUNT_EXCEEDED lowering `quantity` below its confirmed awards; 404 for a prize of another contest.',
  })
  @ApiOkResponse({ type: PrizeResponseDto })
  updatePrize(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('prizeId', new ParseUUIDPipe()) prizeId: string,
    @Body() dto: UpdatePrizeDto,
    @CurrentUser() principal: Principal,
  ) {
    return this.prizes.update(principal.userId, id, prizeId, dto);
  }

  @Delete('prizes/:prizeId')
  @HttpCode(204)
  @ApiErrors(ErrorCode.PRIZE_AWARDED)
  @ApiOperation({
    summary: 'Delete a prize',
    description:
      'Organizers. 204. 409 PRIZE_AWARDED once awarded; 404 for a prize of another contest.',
  })
  @ApiNoContentResponse()
  async deletePrize(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('prizeId', new ParseUUIDPipe()) prizeId: string,
    @CurrentUser() principal: Principal,
  ) {
    await this.prizes.remove(principal.userId, id, prizeId);
  }

  @Get('awards')
  @ApiOperation({
    summary: 'Prizes, proposals and awards',
    description:
      "Organizers. Each prize with the platform's proposal, its confirmed awards and the changes waiting for a second organizer (`pending`, not in effect), beside the final round's ranking; `open` once the final round is decided; `history` keeps superseded awards.",
  })
  @ApiOkResponse({ type: AwardsViewResponse })
  view(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.awards.view(id);
  }

  @Post('awards/confirm-proposal')
  @HttpCode(200)
  @ApiErrors(ErrorCode.FINAL_ROUND_NOT_DECIDED, ErrorCode.RANKING_NOT_READY)
  @ApiOperation({
    summary: 'Confirm the proposal',
    description:
      "Organizers. `{prizeId?}` confirms the platform's proposal of one prize or all, in effect at once. 409 FINAL_ROUND_NOT_DECIDED before the final round is decided, 409 RANKING_NOT_READY.",
  })
  @ApiOkResponse({ type: AwardsViewResponse })
  confirmProposal(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ConfirmProposalDto,
    @CurrentUser() principal: Principal,
  ) {
    return this.awarding.confirmProposal(principal.userId, id, dto);
  }

  @Post('awards/changes')
  @ApiErrors(
    ErrorCode.AWARD_ENTRY_NOT_FINALIST,
    ErrorCode.AWARD_WRONG_CATEGORY,
    ErrorCode.FINAL_ROUND_NOT_DECIDED,
    ErrorCode.PRIZE_COUNT_EXCEEDED,
  )
  @ApiOperation({
    summary: 'Propose a change to the awards',
    description:
      'Organizers. `{prizeId, entryId, reason, replacesAwardId?}` -> 201 pending; in effect once a second organizer confirms. 409 AWARD_ENTRY_NOT_FINALIST, AWARD_WRONG_CATEGORY, PRIZE_COUNT_EXCEEDED, FINAL_ROUND_NOT_DECIDED; 404 for an entry or prize of another contest.',
  })
  @ApiCreatedResponse({ type: AwardResponseDto })
  proposeChange(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ProposeAwardChangeDto,
    @CurrentUser() principal: Principal,
  ) {
    return this.awarding.proposeChange(principal.userId, id, dto);
  }

  @Post('awards/:awardId/confirm')
  @HttpCode(200)
  @ApiErrors(
    ErrorCode.SECOND_ORGANIZER_REQUIRED,
    ErrorCode.AWARD_SUPERSEDED,
    ErrorCode.PRIZE_COUNT_EXCEEDED,
    ErrorCode.CONFLICT,
  )
  @ApiOperation({
    summary: 'Confirm a change to the awards',
    description:
      'Organizers other than its proposer (403 SECOND_ORGANIZER_REQUIRED). 409 AWARD_SUPERSEDED once a newer change replaced it, 409 PRIZE_COUNT_EXCEEDED; 404 for an award of another contest.',
  })
  @ApiOkResponse({ type: ConfirmChangeResponseDto })
  confirmChange(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('awardId', new ParseUUIDPipe()) awardId: string,
    @CurrentUser() principal: Principal,
  ) {
    return this.awarding.confirmChange(principal.userId, id, awardId);
  }

  @Post('awards/:awardId/withdrawal')
  @ApiErrors(ErrorCode.AWARD_NOT_CONFIRMED, ErrorCode.AWARD_WITHDRAWAL_PENDING)
  @ApiOperation({
    summary: 'Propose withdrawing a prize',
    description:
      'Organizers. Proposes withdrawing a confirmed award without giving the prize to another entry (a team found ineligible, a team that renounces it), with a reason -> 201 a pending withdrawal; the award stands until a second organizer confirms. A pending withdrawal blocks announcing. 400 VALIDATION_FAILED (empty reason), 404 NOT_FOUND, 409 AWARD_NOT_CONFIRMED, 409 AWARD_WITHDRAWAL_PENDING.',
  })
  @ApiCreatedResponse({ type: WithdrawalResponseDto })
  proposeWithdrawal(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('awardId', new ParseUUIDPipe()) awardId: string,
    @Body() dto: WithdrawAwardDto,
    @CurrentUser() principal: Principal,
  ) {
    return this.withdrawals.propose(principal.userId, id, awardId, dto);
  }

  @Post('awards/:awardId/withdrawal/confirm')
  @HttpCode(200)
  @ApiErrors(ErrorCode.SECOND_ORGANIZER_REQUIRED, ErrorCode.AWARD_WITHDRAWAL_NOT_PENDING)
  @ApiOperation({
    summary: 'Confirm a prize withdrawal',
    description:
      'Organizers other than the proposer. The award leaves its seat (kept as history), the seat is free again, the team’s prize certificates stop being genuine, and the next announcement is a correction to that team. 403 SECOND_ORGANIZER_REQUIRED for the proposer, 404 NOT_FOUND, 409 AWARD_WITHDRAWAL_NOT_PENDING.',
  })
  @ApiOkResponse({ type: ConfirmWithdrawalResponseDto })
  confirmWithdrawal(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('awardId', new ParseUUIDPipe()) awardId: string,
    @CurrentUser() principal: Principal,
  ) {
    return this.withdrawals.confirm(principal.userId, id, awardId);
  }

  @Delete('awards/:awardId/withdrawal')
  @ApiErrors(ErrorCode.AWARD_WITHDRAWAL_NOT_PENDING)
  @ApiOperation({
    summary: 'Cancel a prize withdrawal',
    description:
      'Organizers. Cancels the pending withdrawal of an award; the award stands. 404 NOT_FOUND, 409 AWARD_WITHDRAWAL_NOT_PENDING.',
  })
  @ApiOkResponse({ type: WithdrawalResponseDto })
  cancelWithdrawal(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('awardId', new ParseUUIDPipe()) awardId: string,
    @CurrentUser() principal: Principal,
  ) {
    return this.withdrawals.cancel(principal.userId, id, awardId);
  }
}
