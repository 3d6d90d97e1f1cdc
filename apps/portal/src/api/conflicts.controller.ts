import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
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
import {
  ConflictDeclarationService,
  ConflictService,
  DeclareAdvanceConflictDto,
  MyConflictsQuery,
  RecordConflictDto,
} from '@app/judging';
import { ErrorCode } from '@app/platform';
import { ApiErrors } from './api-errors';
import { ApiTag } from './api-tags';
import {
  ConflictResponseDto,
  ConflictReviewResultResponse,
  ContestConflictsResponseDto,
} from './responses/conflict-response.dto';

const uuid = new ParseUUIDPipe();

/** Conflicts of interest: declared by judges, recorded by organizers, detected from teams. */
@ApiTags(ApiTag.conflicts)
@Controller('api/v1')
export class ConflictsController {
  constructor(
    private readonly conflicts: ConflictService,
    private readonly declarations: ConflictDeclarationService,
  ) {}

  /**
   * In advance, about a person (e-mail), an organisation or an e-mail domain. In a blind
   * contest, while the judge holds assignments there, it waits for an organizer's review
   * (`status: "pending"`) and changes nothing until then.
   */
  @Roles(Role.judge)
  @Post('judging/conflicts')
  @ApiErrors(ErrorCode.NOT_FOUND)
  @ApiOperation({
    summary: 'Declare a conflict in advance',
    description:
      'Judges. About a person (e-mail), an organisation or an e-mail domain. In a blind contest, while the judge holds assignments there, it waits for an organizer\'s review (`status: "pending"`) and changes nothing until then; otherwise it counts at once and matching assignments go to other judges. 201; 404 NOT_FOUND for a contest that does not exist.',
  })
  @ApiCreatedResponse({ type: ConflictResponseDto })
  declare(@CurrentUser() principal: Principal, @Body() dto: DeclareAdvanceConflictDto) {
    return this.declarations.declare(principal.userId, dto);
  }

  @Roles(Role.judge)
  @Get('judging/conflicts')
  @ApiOperation({
    summary: 'Own conflict declarations',
    description:
      "Judges. The caller's declared and recorded conflicts, optionally of one `contestId`.",
  })
  @ApiOkResponse({ type: [ConflictResponseDto] })
  mine(@CurrentUser() principal: Principal, @Query() query: MyConflictsQuery) {
    return this.conflicts.mine(principal.userId, query.contestId);
  }

  /**
   * A judge withdraws an own declaration (in a blind contest no entry comes back); an
   * organizer removes a recorded conflict.
   */
  @Roles(Role.judge, Role.organizer)
  @Delete('judging/conflicts/:id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Withdraw or remove a conflict',
    description:
      'A judge withdraws an own declaration (in a blind contest no entry comes back); an organizer removes a recorded conflict. 204. 404 NOT_FOUND.',
  })
  @ApiNoContentResponse()
  async remove(@CurrentUser() principal: Principal, @Param('id', uuid) id: string) {
    await this.declarations.withdraw(principal, id);
  }

  @Roles(Role.organizer)
  @Post('contests/:id/conflicts')
  @ApiOperation({
    summary: 'Record a conflict for a judge',
    description:
      'Organizers. A conflict between a judge and a person, organisation or domain, pinned by the organizer; assignments it matches go to other judges. 201.',
  })
  @ApiCreatedResponse({ type: ConflictResponseDto })
  record(
    @CurrentUser() principal: Principal,
    @Param('id', uuid) id: string,
    @Body() dto: RecordConflictDto,
  ) {
    return this.conflicts.record(principal.userId, id, dto);
  }

  /** Declared, recorded and detected conflicts, the pending declarations with what they match. */
  @Roles(Role.organizer)
  @Get('contests/:id/conflicts')
  @ApiOperation({
    summary: "A contest's conflicts",
    description:
      'Organizers. Declared, recorded and detected conflicts (same organisation or domain as a team member), and the pending declarations with what each matches (`reviews`).',
  })
  @ApiOkResponse({ type: ContestConflictsResponseDto })
  forContest(@Param('id', uuid) id: string) {
    return this.conflicts.forContest(id);
  }

  /** 409 INVALID_STATUS_TRANSITION unless pending. */
  @Roles(Role.organizer)
  @Post('conflicts/:id/accept')
  @HttpCode(200)
  @ApiOkResponse({ type: ConflictReviewResultResponse })
  @ApiErrors(ErrorCode.INVALID_STATUS_TRANSITION)
  @ApiOperation({
    summary: 'Accept a pending declaration',
    description:
      "Organizers. The declaration counts from now on and the judge's assignments of the matching entries move to other judges. 409 INVALID_STATUS_TRANSITION unless pending.",
  })
  accept(@CurrentUser() principal: Principal, @Param('id', uuid) id: string) {
    return this.declarations.accept(principal.userId, id);
  }

  @Roles(Role.organizer)
  @Post('conflicts/:id/reject')
  @HttpCode(200)
  @ApiErrors(ErrorCode.INVALID_STATUS_TRANSITION)
  @ApiOperation({
    summary: 'Reject a pending declaration',
    description:
      'Organizers. The declaration does not count; the judge keeps the assignments. 409 INVALID_STATUS_TRANSITION unless pending.',
  })
  @ApiOkResponse({ type: ConflictReviewResultResponse })
  reject(@CurrentUser() principal: Principal, @Param('id', uuid) id: string) {
    return this.declarations.reject(principal.userId, id);
  }
}
