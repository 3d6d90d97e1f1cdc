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
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import {
  AddAssignmentDto,
  AssignmentService,
  ConfirmQueryDto,
  IntakeResponse,
  MoveAssignmentDto,
  RoundIntakeService,
} from '@app/judging';
import { ErrorCode } from '@app/platform';
import { ApiErrors } from './api-errors';
import { ApiTag } from './api-tags';
import {
  AssignmentJobResponseDto,
  AssignmentMatrixResponseDto,
  AssignmentResponseDto,
  AutoAssignDoneResponse,
  AutoAssignQueuedResponse,
  RoundEntryResponseDto,
} from './responses/assignment-response.dto';

/** Entries entering rounds and the assignment of judges, for organizers. */
@ApiTags(ApiTag.assignments)
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
  @ApiOperation({
    summary: 'Take entries into a round',
    description:
      'Organizers. Round 1 takes the eligible entries, a later round those advanced from the one before.',
  })
  @ApiOkResponse({ type: IntakeResponse })
  enterRound(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() principal: Principal) {
    return this.intake.enterRound(id, principal.userId);
  }

  @Get('rounds/:id/entries')
  @ApiOperation({
    summary: "A round's entries",
    description: 'Organizers. The entries in the round with their state.',
  })
  @ApiOkResponse({ type: [RoundEntryResponseDto] })
  entries(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.intake.list(id);
  }

  /** 200 with the summary of loads, or 202 with a job to follow for a large round. */
  @Post('rounds/:id/assignments/auto')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Assign judges automatically',
    description:
      "Organizers. Min-cost-flow assignment: every entry gets its reviews per entry, never a conflicted judge, no two judges of one organisation on an entry, judges of the entry's category preferred and loads balanced. 200 with the summary of loads, or 202 with a job to follow for a large round.",
  })
  @ApiOkResponse({ type: AutoAssignDoneResponse })
  @ApiAcceptedResponse({ type: AutoAssignQueuedResponse })
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
  @ApiOperation({
    summary: 'Follow an assignment job',
    description:
      'Organizers. The state of an automatic assignment queued for a large round, and its summary once done. 404 NOT_FOUND.',
  })
  @ApiOkResponse({ type: AssignmentJobResponseDto })
  job(@Param('id', new ParseUUIDPipe()) id: string, @Param('jobId') jobId: string) {
    return this.assignments.job(id, jobId);
  }

  /** The judges x entries matrix with loads. */
  @Get('rounds/:id/assignments')
  @ApiOperation({
    summary: 'The judges x entries matrix',
    description: "Organizers. Who judges what in the round, with each judge's load.",
  })
  @ApiOkResponse({ type: AssignmentMatrixResponseDto })
  matrix(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.assignments.matrix(id);
  }

  /** 409 CONFLICT_OF_INTEREST for a conflicted judge. */
  @Post('rounds/:id/assignments')
  @ApiErrors(ErrorCode.CONFLICT_OF_INTEREST, ErrorCode.JUDGE_AT_MAX_LOAD, ErrorCode.CONFLICT)
  @ApiOperation({
    summary: 'Assign a judge by hand',
    description:
      'Organizers. `{entryId, judgeUserId}`. 201. 409 CONFLICT_OF_INTEREST for a conflicted judge, 409 JUDGE_AT_MAX_LOAD.',
  })
  @ApiCreatedResponse({ type: AssignmentResponseDto })
  add(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: AddAssignmentDto,
    @CurrentUser() principal: Principal,
  ) {
    return this.assignments.add(id, dto, principal.userId);
  }

  @Patch('assignments/:id')
  @ApiErrors(ErrorCode.CONFLICT_OF_INTEREST, ErrorCode.JUDGE_AT_MAX_LOAD, ErrorCode.CONFLICT)
  @ApiOperation({
    summary: 'Move an assignment to another judge',
    description:
      'Organizers. `{judgeUserId, confirm?}`; a scored or in-progress assignment only with `confirm: true` (409 otherwise). 409 CONFLICT_OF_INTEREST.',
  })
  @ApiOkResponse({ type: AssignmentResponseDto })
  move(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: MoveAssignmentDto,
    @CurrentUser() principal: Principal,
  ) {
    return this.assignments.move(id, dto.judgeUserId, principal.userId, dto.confirm ?? false);
  }

  /** A scored or in-progress assignment only with `?confirm=true` (409 otherwise). */
  @Delete('assignments/:id')
  @ApiErrors(ErrorCode.CONFLICT)
  @HttpCode(204)
  @ApiOperation({
    summary: 'Remove an assignment',
    description:
      'Organizers. A scored or in-progress assignment only with `?confirm=true` (409 otherwise). 204.',
  })
  @ApiNoContentResponse()
  async remove(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: ConfirmQueryDto,
    @CurrentUser() principal: Principal,
  ): Promise<void> {
    await this.assignments.remove(id, principal.userId, query.confirm ?? false);
  }
}
