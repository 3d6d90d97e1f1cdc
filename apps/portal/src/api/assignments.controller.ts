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
  Query,
  Res,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import {
  AddAssignmentDto,
  AssignmentService,
  ConfirmQueryDto,
  MoveAssignmentDto,
  RoundIntakeService,
} from '@app/judging';

/** Entries entering rounds and the assignment of judges, for organizers. */
@ApiTags('assignments')
@Roles(Role.organizer)
@Controller('api/v1')
export class AssignmentsController {
  constructor(
    private readonly intake: RoundIntakeService,
    private readonly assignments: AssignmentService,
  ) {}

  /** Round 1 takes the eligible entries, a later round those advanced from the one before. */
  @Post('rounds/:id/entries/intake')
  @HttpCode(200)
  enterRound(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() principal: Principal) {
    return this.intake.enterRound(id, principal.userId);
  }

  @Get('rounds/:id/entries')
  entries(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.intake.list(id);
  }

  /** 200 with the summary of loads, or 202 with a job to follow for a large round. */
  @Post('rounds/:id/assignments/auto')
  async auto(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.assignments.autoAssign(id, principal.userId);
    reply.status(result.queued ? 202 : 200);
    return result;
  }

  @Get('rounds/:id/assignments/jobs/:jobId')
  job(@Param('id', new ParseUUIDPipe()) id: string, @Param('jobId') jobId: string) {
    return this.assignments.job(id, jobId);
  }

  /** The judges x entries matrix with loads. */
  @Get('rounds/:id/assignments')
  matrix(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.assignments.matrix(id);
  }

  /** 409 CONFLICT_OF_INTEREST for a conflicted judge. */
  @Post('rounds/:id/assignments')
  add(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: AddAssignmentDto,
    @CurrentUser() principal: Principal,
  ) {
    return this.assignments.add(id, dto, principal.userId);
  }

  @Patch('assignments/:id')
  move(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: MoveAssignmentDto,
    @CurrentUser() principal: Principal,
  ) {
    return this.assignments.move(id, dto.judgeUserId, principal.userId, dto.confirm ?? false);
  }

  /** A scored or in-progress assignment only with `?confirm=true` (409 otherwise). */
  @Delete('assignments/:id')
  @HttpCode(204)
  async remove(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: ConfirmQueryDto,
    @CurrentUser() principal: Principal,
  ): Promise<void> {
    await this.assignments.remove(id, principal.userId, query.confirm ?? false);
  }
}
