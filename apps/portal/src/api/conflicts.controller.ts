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
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import {
  ConflictService,
  DeclareAdvanceConflictDto,
  MyConflictsQuery,
  RecordConflictDto,
} from '@app/judging';
import type { ConflictTarget } from '@app/judging';
import { ConflictSubject } from '@app/judging';

const uuid = new ParseUUIDPipe();

/** Conflicts of interest: declared by judges, recorded by organizers, detected from teams. */
@ApiTags('judging')
@Controller('api/v1')
export class ConflictsController {
  constructor(private readonly conflicts: ConflictService) {}

  /** In advance, about a person (e-mail), an organisation or an e-mail domain. */
  @Roles(Role.judge)
  @Post('judging/conflicts')
  declare(@CurrentUser() principal: Principal, @Body() dto: DeclareAdvanceConflictDto) {
    return this.conflicts.declare(principal.userId, targetOf(dto), dto.reason ?? null);
  }

  @Roles(Role.judge)
  @Get('judging/conflicts')
  mine(@CurrentUser() principal: Principal, @Query() query: MyConflictsQuery) {
    return this.conflicts.mine(principal.userId, query.contestId);
  }

  /** A judge withdraws an own declaration; an organizer removes a recorded conflict. */
  @Roles(Role.judge, Role.organizer)
  @Delete('judging/conflicts/:id')
  @HttpCode(204)
  async remove(@CurrentUser() principal: Principal, @Param('id', uuid) id: string) {
    await this.conflicts.remove(principal, id);
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

  /** Declared, recorded and detected conflicts, with the reasons of each pair. */
  @Roles(Role.organizer)
  @Get('contests/:id/conflicts')
  forContest(@Param('id', uuid) id: string) {
    return this.conflicts.forContest(id);
  }
}

function targetOf(dto: DeclareAdvanceConflictDto): ConflictTarget {
  const { contestId, value } = dto;
  if (dto.subject === ConflictSubject.person) return { contestId, person: value };
  if (dto.subject === ConflictSubject.organization) return { contestId, organization: value };
  return { contestId, emailDomain: value };
}
