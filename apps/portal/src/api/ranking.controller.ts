import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Role, Roles } from '@app/accounts';
import { RankingService } from '@app/judging';

/** Rankings of a round: organizers only (judges and applicants never see them). */
@ApiTags('rankings')
@Roles(Role.organizer)
@Controller('api/v1/rounds/:id/ranking')
export class RankingController {
  constructor(private readonly rankings: RankingService) {}

  /** The latest stored ranking: every method side by side, spread, severities, method sensitivity. */
  @Get()
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.rankings.forOrganizers(id);
  }

  /** Asks for a recomputation; it runs within seconds, coalesced with any other request. */
  @Post('recompute')
  @HttpCode(202)
  recompute(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.rankings.requestForOrganizers(id);
  }
}
