import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Role, Roles } from '@app/accounts';
import { CreateRoundDto, RoundService, UpdateRoundDto } from '@app/contests';

/** Judging rounds and their rubrics, for organizers. */
@ApiTags('rounds')
@Roles(Role.organizer)
@Controller('api/v1')
export class RoundsController {
  constructor(private readonly rounds: RoundService) {}

  @Post('contests/:id/rounds')
  create(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: CreateRoundDto) {
    return this.rounds.create(id, dto);
  }

  @Get('rounds/:id')
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.rounds.get(id);
  }

  /** 409 RUBRIC_LOCKED for a rubric change after the first score; 409 STALE_VERSION for an old `version`. */
  @Patch('rounds/:id')
  update(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: UpdateRoundDto) {
    return this.rounds.update(id, dto);
  }
}
