import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role, Roles } from '@app/accounts';
import { CreateRoundDto, RoundService, UpdateRoundDto } from '@app/contests';
import { ErrorCode } from '@app/platform';
import { ApiErrors } from './api-errors';
import { ApiTag } from './api-tags';
import { RoundResponseDto } from './responses/contest-response.dto';

/** Judging rounds and their rubrics, for organizers. */
@ApiTags(ApiTag.rounds)
@Roles(Role.organizer)
@Controller('api/v1')
export class RoundsController {
  constructor(private readonly rounds: RoundService) {}

  @Post('contests/:id/rounds')
  @ApiErrors(ErrorCode.DUPLICATE_KEY)
  @ApiOperation({
    summary: 'Add a round',
    description:
      'Organizers. A judging round with its mode, reviews per entry, rubric (criteria with weight and max score), judging window, ranking method and advancement rule. 201. 404 NOT_FOUND.',
  })
  @ApiCreatedResponse({ type: RoundResponseDto })
  create(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: CreateRoundDto) {
    return this.rounds.create(id, dto);
  }

  @Get('rounds/:id')
  @ApiOperation({
    summary: 'A round with its rubric',
    description:
      'Organizers. The round, its rubric and its `version` for optimistic locking. 404 NOT_FOUND.',
  })
  @ApiOkResponse({ type: RoundResponseDto })
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.rounds.get(id);
  }

  /** 409 RUBRIC_LOCKED for a rubric change after the first score; 409 STALE_VERSION for an old `version`. */
  @Patch('rounds/:id')
  @ApiErrors(ErrorCode.RUBRIC_LOCKED, ErrorCode.STALE_VERSION)
  @ApiOperation({
    summary: 'Edit a round',
    description:
      'Organizers. Changes the fields sent. 409 RUBRIC_LOCKED for a rubric change once a score exists, 409 STALE_VERSION for an outdated `version`.',
  })
  @ApiOkResponse({ type: RoundResponseDto })
  update(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: UpdateRoundDto) {
    return this.rounds.update(id, dto);
  }
}
