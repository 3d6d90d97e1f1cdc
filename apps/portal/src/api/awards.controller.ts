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
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import {
  AwardingService,
  AwardService,
  ConfirmProposalDto,
  CreatePrizeDto,
  PrizeService,
  ProposeAwardChangeDto,
  UpdatePrizeDto,
} from '@app/results';

/** A contest's prizes and their awards, for organizers. */
@ApiTags('awards')
@Roles(Role.organizer)
@Controller('api/v1/contests/:id')
export class AwardsController {
  constructor(
    private readonly prizes: PrizeService,
    private readonly awards: AwardService,
    private readonly awarding: AwardingService,
  ) {}

  @Get('prizes')
  listPrizes(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.prizes.list(id);
  }

  @Post('prizes')
  createPrize(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: CreatePrizeDto,
    @CurrentUser() principal: Principal,
  ) {
    return this.prizes.create(principal.userId, id, dto);
  }

  @Patch('prizes/:prizeId')
  @ApiOperation({ summary: 'Edit a prize; 409 PRIZE_COUNT_EXCEEDED below its confirmed awards' })
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
  @ApiOperation({ summary: 'Delete a prize; 409 PRIZE_AWARDED once awarded' })
  async deletePrize(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('prizeId', new ParseUUIDPipe()) prizeId: string,
    @CurrentUser() principal: Principal,
  ) {
    await this.prizes.remove(principal.userId, id, prizeId);
  }

  @Get('awards')
  @ApiOperation({
    summary:
      "Each prize with the platform's proposal, its confirmed awards and the changes waiting for a second organizer, beside the final ranking",
  })
  view(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.awards.view(id);
  }

  @Post('awards/confirm-proposal')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Confirm the platform's proposal for one prize (prizeId) or all; 409 FINAL_ROUND_NOT_DECIDED before the final round is decided",
  })
  confirmProposal(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ConfirmProposalDto,
    @CurrentUser() principal: Principal,
  ) {
    return this.awarding.confirmProposal(principal.userId, id, dto);
  }

  @Post('awards/changes')
  @ApiOperation({
    summary:
      'Propose a change from the proposal with a reason; in effect once a second organizer confirms. 409 AWARD_ENTRY_NOT_FINALIST, PRIZE_COUNT_EXCEEDED, FINAL_ROUND_NOT_DECIDED',
  })
  proposeChange(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ProposeAwardChangeDto,
    @CurrentUser() principal: Principal,
  ) {
    return this.awarding.proposeChange(principal.userId, id, dto);
  }

  @Post('awards/:awardId/confirm')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Second confirmation of a change; 403 SECOND_ORGANIZER_REQUIRED for its proposer, 409 AWARD_SUPERSEDED, PRIZE_COUNT_EXCEEDED',
  })
  confirmChange(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('awardId', new ParseUUIDPipe()) awardId: string,
    @CurrentUser() principal: Principal,
  ) {
    return this.awarding.confirmChange(principal.userId, id, awardId);
  }
}
