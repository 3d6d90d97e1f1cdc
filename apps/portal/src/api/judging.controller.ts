import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Res,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { downloadHeaders } from '@app/entries';
import { DeclareConflictDto, JudgeQueueService, SaveScoreDto, ScoringService } from '@app/judging';
import { ErrorCode } from '@app/platform';
import { ApiErrors } from './api-errors';
import { ApiTag } from './api-tags';
import { ApiFileResponse, UPLOADED_FILE_TYPES } from './responses/file-response';
import {
  AssignmentViewResponse,
  JudgeQueueResponse,
  OwnScoreResponse,
  ReleasedResponse,
} from './responses/judging-response.dto';

const uuid = new ParseUUIDPipe();

/**
 * The judge's side of scoring. Every route is scoped to the caller's own assignments:
 * another judge's, a released one or a conflicted one answers 404.
 */
@ApiTags(ApiTag.judging)
@Controller('api/v1/judging')
export class JudgingController {
  constructor(
    private readonly queue: JudgeQueueService,
    private readonly scoring: ScoringService,
  ) {}

  @Roles(Role.judge)
  @Get('queue')
  @ApiOkResponse({ type: JudgeQueueResponse })
  @ApiOperation({
    summary: "The judge's scoring queue",
    description:
      "Judges. Only the caller's assignments, with entry summary, status, due date, progress and the next unscored one. In a blind contest no team identities.",
  })
  ownQueue(@CurrentUser() principal: Principal) {
    return this.queue.queue(principal);
  }

  @Roles(Role.judge)
  @Get('assignments/:id')
  @ApiOkResponse({ type: AssignmentViewResponse })
  @ApiOperation({
    summary: 'An assignment to score',
    description:
      "Judges, their own assignments only (another judge's, a released or a conflicted one answers 404). The submitted version of the entry (in a blind contest without identities, video address, links or free-text answers), the rubric and the judge's own score.",
  })
  assignment(@CurrentUser() principal: Principal, @Param('id', uuid) id: string) {
    return this.queue.assignment(principal, id);
  }

  @Roles(Role.judge)
  @Put('assignments/:id/score')
  @ApiOkResponse({ type: OwnScoreResponse })
  @ApiErrors(
    ErrorCode.STALE_VERSION,
    ErrorCode.JUDGING_CLOSED,
    ErrorCode.JUDGING_NOT_OPEN,
    ErrorCode.PITCH_NOT_OPEN,
  )
  @ApiOperation({
    summary: 'Save a score',
    description:
      'Judges, their own assignments only. `{scores: {criterionKey: number}, comment, note?, submit?, version?}`: a draft or a submitted score; every criterion present and within 0..max. 400 VALIDATION_FAILED out of range, 409 STALE_VERSION for an outdated `version`, 409 JUDGING_CLOSED after the window, 409 JUDGING_NOT_OPEN before it.',
  })
  score(
    @CurrentUser() principal: Principal,
    @Param('id', uuid) id: string,
    @Body() dto: SaveScoreDto,
  ) {
    return this.scoring.save(principal, id, dto);
  }

  @Roles(Role.judge)
  @Post('assignments/:id/conflict')
  @HttpCode(200)
  @ApiOkResponse({ type: ReleasedResponse })
  @ApiOperation({
    summary: 'Declare a conflict on an assignment',
    description:
      'Judges, their own assignments only. Releases the assignment -> `{released: true}`; the entry is reassigned to another judge.',
  })
  conflict(
    @CurrentUser() principal: Principal,
    @Param('id', uuid) id: string,
    @Body() dto: DeclareConflictDto,
  ) {
    return this.scoring.declareConflict(principal.userId, id, dto);
  }

  /** Streamed as a download under a neutral name in a blind contest, never rendered inline. */
  @Roles(Role.judge)
  @Get('assignments/:id/files/:attachmentId')
  @ApiFileResponse('The file', ...UPLOADED_FILE_TYPES)
  @ApiErrors(ErrorCode.PDF_NOT_ANONYMISABLE)
  @ApiOperation({
    summary: 'A file of an assigned entry',
    description:
      'Judges, their own assignments only. A file of the submitted version, streamed as a download; in a blind contest under a neutral name and, for a PDF, without its metadata. 422 PDF_NOT_ANONYMISABLE for an encrypted or unreadable PDF.',
  })
  async file(
    @CurrentUser() principal: Principal,
    @Param('id', uuid) id: string,
    @Param('attachmentId', uuid) attachmentId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.queue.openFile(principal, id, attachmentId);
    await reply.headers(downloadHeaders(file)).send(file.stream);
  }
}
