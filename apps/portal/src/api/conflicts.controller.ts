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
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import {
  ConflictDeclarationService,
  ConflictService,
  DeclareAdvanceConflictDto,
  MyConflictsQuery,
  RecordConflictDto,
} from '@app/judging';

const uuid = new ParseUUIDPipe();

/** Conflicts of interest: declared by judges, recorded by organizers, detected from teams. */
@ApiTags('judging')
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
  declare(@CurrentUser() principal: Principal, @Body() dto: DeclareAdvanceConflictDto) {
    return this.declarations.declare(principal.userId, dto);
  }

  @Roles(Role.judge)
  @Get('judging/conflicts')
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
  async remove(@CurrentUser() principal: Principal, @Param('id', uuid) id: string) {
    await this.declarations.withdraw(principal, id);
  }

  @Roles(Role.organizer)
  @Post('contests/:id/conflicts')
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
  forContest(@Param('id', uuid) id: string) {
    return this.conflicts.forContest(id);
  }

  /** 409 INVALID_STATUS_TRANSITION unless pending. */
  @Roles(Role.organizer)
  @Post('conflicts/:id/accept')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The declaration, now effective, and the assignments released' })
  accept(@CurrentUser() principal: Principal, @Param('id', uuid) id: string) {
    return this.declarations.accept(principal.userId, id);
  }

  @Roles(Role.organizer)
  @Post('conflicts/:id/reject')
  @HttpCode(200)
  reject(@CurrentUser() principal: Principal, @Param('id', uuid) id: string) {
    return this.declarations.reject(principal.userId, id);
  }
}
