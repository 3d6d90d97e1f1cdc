import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Role, Roles } from '@app/accounts';
import { RankingService } from '@app/judging';
import { ApiTag } from './api-tags';
import {
  MethodStandingResponse,
  RankingResponseDto,
  RecomputeRequestedResponse,
} from './responses/ranking-response.dto';

/** Rankings of a round: organizers only (judges and applicants never see them). */
@ApiTags(ApiTag.rankings)
@Roles(Role.organizer)
@ApiExtraModels(MethodStandingResponse)
@Controller('api/v1/rounds/:id/ranking')
export class RankingController {
  constructor(private readonly rankings: RankingService) {}

  /** The latest stored ranking: every method side by side, spread, severities, method sensitivity. */
  @Get()
  @ApiOperation({
    summary: "A round's ranking",
    description:
      "Organizers only. The latest stored ranking: weighted mean, trimmed mean, per-judge z-score and the judge-bias model side by side, the spread between judges, judges' severity, which entries the method changes; `recomputing` while a recomputation is requested or running.",
  })
  @ApiOkResponse({ type: RankingResponseDto })
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.rankings.forOrganizers(id);
  }

  /** Asks for a recomputation; it runs within seconds, coalesced with any other request. */
  @Post('recompute')
  @HttpCode(202)
  @ApiOperation({
    summary: "Recompute a round's ranking",
    description:
      'Organizers. Asks for a recomputation; it runs within seconds, coalesced with any other request. 202.',
  })
  @ApiAcceptedResponse({ type: RecomputeRequestedResponse })
  recompute(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.rankings.requestForOrganizers(id);
  }
}
