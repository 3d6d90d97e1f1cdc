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
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { downloadHeaders } from '@app/entries/attachments';
import { DeclareConflictDto, JudgeQueueService, SaveScoreDto, ScoringService } from '@app/judging';

const uuid = new ParseUUIDPipe();

/**
 * The judge's side of scoring. Every route is scoped to the caller's own assignments:
 * another judge's, a released one or a conflicted one answers 404.
 */
@ApiTags('judging')
@Controller('api/v1/judging')
export class JudgingController {
  constructor(
    private readonly queue: JudgeQueueService,
    private readonly scoring: ScoringService,
  ) {}

  @Roles(Role.judge)
  @Get('queue')
  @ApiOkResponse({ description: 'Own assignments, progress and the next unscored one' })
  ownQueue(@CurrentUser() principal: Principal) {
    return this.queue.queue(principal.userId);
  }

  @Roles(Role.judge)
  @Get('assignments/:id')
  @ApiOkResponse({ description: 'The entry as the judge may see it, the rubric and the own score' })
  assignment(@CurrentUser() principal: Principal, @Param('id', uuid) id: string) {
    return this.queue.assignment(principal.userId, id);
  }

  @Roles(Role.judge)
  @Put('assignments/:id/score')
  @ApiOkResponse({ description: 'The saved score with its new version' })
  score(
    @CurrentUser() principal: Principal,
    @Param('id', uuid) id: string,
    @Body() dto: SaveScoreDto,
  ) {
    return this.scoring.save(principal.userId, id, dto);
  }

  @Roles(Role.judge)
  @Post('assignments/:id/conflict')
  @HttpCode(200)
  @ApiOkResponse({ description: '{released: true}; the entry goes to another judge' })
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
  @ApiProduces('application/pdf', 'image/png', 'image/jpeg', 'image/webp')
  async file(
    @CurrentUser() principal: Principal,
    @Param('id', uuid) id: string,
    @Param('attachmentId', uuid) attachmentId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.queue.openFile(principal.userId, id, attachmentId);
    await reply.headers(downloadHeaders(file)).send(file.stream);
  }
}
