import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import {
  CreateEntryDto,
  EntryService,
  EntrySubmissionService,
  MyEntriesService,
  UpdateEntryDto,
} from '@app/entries';
import { ErrorCode } from '@app/platform';
import { ApiErrors } from './api-errors';
import { ApiTag } from './api-tags';
import {
  CreatedEntryResponse,
  EntryResponseDto,
  MyEntryResponseDto,
  SubmitResponseDto,
  WithdrawResponseDto,
} from './responses/entry-response.dto';

const uuid = new ParseUUIDPipe();

/**
 * The applicant's side of an entry. Every route loads the entry scoped to the caller, so
 * another team's entry answers 404. Organizers may read; only the owning applicant writes.
 */
@ApiTags(ApiTag.entries)
@Controller('api/v1')
export class EntriesController {
  constructor(
    private readonly entries: EntryService,
    private readonly submissions: EntrySubmissionService,
    private readonly myEntries: MyEntriesService,
  ) {}

  @Roles(Role.applicant)
  @Post('contests/:id/entries')
  @ApiCreatedResponse({ type: CreatedEntryResponse })
  @ApiErrors(
    ErrorCode.EMAIL_NOT_VERIFIED,
    ErrorCode.NOT_ELIGIBLE,
    ErrorCode.CONTEST_NOT_OPEN,
    ErrorCode.DEADLINE_PASSED,
  )
  @ApiOperation({
    summary: 'Start an entry',
    description:
      'Applicants with a verified e-mail. Creates a draft in the contest `{id}` -> 201 `{id, code, status: "draft"}`. 403 EMAIL_NOT_VERIFIED, 403 NOT_ELIGIBLE (age, team size, applicant type), 409 CONTEST_NOT_OPEN, 404 NOT_FOUND.',
  })
  create(
    @CurrentUser() principal: Principal,
    @Param('id', uuid) contestId: string,
    @Body() dto: CreateEntryDto,
  ) {
    return this.entries.create(principal, { id: contestId }, dto);
  }

  @Roles(Role.applicant)
  @Get('me/entries')
  @ApiOkResponse({ type: [MyEntryResponseDto] })
  @ApiOperation({
    summary: 'Own entries',
    description:
      "Applicants. The caller's entries (as leader or member) with status, `lockedBy` and history.",
  })
  mine(@CurrentUser() principal: Principal) {
    return this.myEntries.list(principal.userId);
  }

  @Roles(Role.applicant, Role.organizer)
  @Get('entries/:id')
  @ApiOperation({
    summary: 'An entry',
    description:
      "The owning team; organizers read. The entry with team, answers and files; `lockedBy` says why it cannot be edited (`ENTRY_LOCKED`, `DEADLINE_PASSED`, `CONTEST_NOT_OPEN`) and `reopenable` whether a withdrawal can be undone. Another team's entry answers 404 NOT_FOUND.",
  })
  @ApiOkResponse({ type: EntryResponseDto })
  get(@CurrentUser() principal: Principal, @Param('id', uuid) id: string) {
    return this.entries.get(principal, id);
  }

  @Roles(Role.applicant)
  @Patch('entries/:id')
  @ApiErrors(
    ErrorCode.ENTRY_LOCKED,
    ErrorCode.DEADLINE_PASSED,
    ErrorCode.CONTEST_NOT_OPEN,
    ErrorCode.NOT_ELIGIBLE,
  )
  @ApiOperation({
    summary: 'Edit an entry',
    description:
      "The owning team's leader, while the contest is `open` and until the deadline plus grace. Changes the fields sent. 409 ENTRY_LOCKED, 409 DEADLINE_PASSED, 409 CONTEST_NOT_OPEN, 403 NOT_ELIGIBLE, 404 NOT_FOUND.",
  })
  @ApiOkResponse({ type: EntryResponseDto })
  update(
    @CurrentUser() principal: Principal,
    @Param('id', uuid) id: string,
    @Body() dto: UpdateEntryDto,
  ) {
    return this.entries.update(principal, id, dto);
  }

  @Roles(Role.applicant)
  @Post('entries/:id/submit')
  @HttpCode(200)
  // Named as `@Headers()` reads it (lower case), so the description lists one optional header
  // rather than that parameter (taken as required) beside a second spelling.
  @ApiHeader({
    name: 'idempotency-key',
    required: false,
    description: 'Any 1 to 100 visible ASCII characters; a repeat answers the first result.',
    schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,100}$' },
  })
  @ApiErrors(
    ErrorCode.DEADLINE_PASSED,
    ErrorCode.CONTEST_NOT_OPEN,
    ErrorCode.ENTRY_LOCKED,
    ErrorCode.ENTRY_INCOMPLETE,
    ErrorCode.NOT_ELIGIBLE,
  )
  @ApiOperation({
    summary: 'Submit an entry',
    description:
      'The owning team\'s leader. Eligibility, completeness and the deadline are checked in one transaction -> `{status: "submitted", code, submittedAt}` and a receipt mail with the code. Idempotent (send an `Idempotency-Key`). 409 DEADLINE_PASSED, 409 CONTEST_NOT_OPEN, 409 ENTRY_LOCKED (withdrawn), 422 ENTRY_INCOMPLETE, 403 NOT_ELIGIBLE.',
  })
  @ApiOkResponse({ type: SubmitResponseDto })
  submit(
    @CurrentUser() principal: Principal,
    @Param('id', uuid) id: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    return this.submissions.submit(principal, id, idempotencyKey);
  }

  @Roles(Role.applicant)
  @Post('entries/:id/withdraw')
  @HttpCode(200)
  @ApiErrors(
    ErrorCode.DEADLINE_PASSED,
    ErrorCode.CONTEST_NOT_OPEN,
    ErrorCode.INVALID_STATUS_TRANSITION,
  )
  @ApiOperation({
    summary: 'Withdraw an entry',
    description:
      "The owning team's leader, while the contest is `open` and before the deadline. 409 DEADLINE_PASSED, 409 CONTEST_NOT_OPEN, 409 INVALID_STATUS_TRANSITION.",
  })
  @ApiOkResponse({ type: WithdrawResponseDto })
  withdraw(@CurrentUser() principal: Principal, @Param('id', uuid) id: string) {
    return this.submissions.withdraw(principal, id);
  }

  /** A withdrawn entry back as a draft, while the contest takes changes (409 otherwise). */
  @Roles(Role.applicant)
  @Post('entries/:id/reopen')
  @ApiErrors(ErrorCode.ENTRY_LOCKED, ErrorCode.CONTEST_NOT_OPEN, ErrorCode.DEADLINE_PASSED)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Reopen a withdrawn entry',
    description:
      "The owning team's leader. A withdrawn entry back as a draft (a new revision: submitting it again is a new submission with its own receipt) while the contest is `open` and before the deadline; after that the withdrawal is final (409).",
  })
  @ApiOkResponse({ type: WithdrawResponseDto })
  reopen(@CurrentUser() principal: Principal, @Param('id', uuid) id: string) {
    return this.submissions.reopen(principal, id);
  }
}
