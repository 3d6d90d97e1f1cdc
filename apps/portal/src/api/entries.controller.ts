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
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import {
  CreateEntryDto,
  EntryService,
  EntrySubmissionService,
  MyEntriesService,
  UpdateEntryDto,
} from '@app/entries';

const uuid = new ParseUUIDPipe();

/**
 * The applicant's side of an entry. Every route loads the entry scoped to the caller, so
 * another team's entry answers 404. Organizers may read; only the owning applicant writes.
 */
@ApiTags('entries')
@Controller('api/v1')
export class EntriesController {
  constructor(
    private readonly entries: EntryService,
    private readonly submissions: EntrySubmissionService,
    private readonly myEntries: MyEntriesService,
  ) {}

  @Roles(Role.applicant)
  @Post('contests/:slug/entries')
  @ApiCreatedResponse({ description: '{id, code, status: "draft"}' })
  create(
    @CurrentUser() principal: Principal,
    @Param('slug') slug: string,
    @Body() dto: CreateEntryDto,
  ) {
    return this.entries.create(principal, slug, dto);
  }

  @Roles(Role.applicant)
  @Get('me/entries')
  @ApiOkResponse({ description: 'The caller`s entries with status and history' })
  mine(@CurrentUser() principal: Principal) {
    return this.myEntries.list(principal.userId);
  }

  @Roles(Role.applicant, Role.organizer)
  @Get('entries/:id')
  get(@CurrentUser() principal: Principal, @Param('id', uuid) id: string) {
    return this.entries.get(principal, id);
  }

  @Roles(Role.applicant)
  @Patch('entries/:id')
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
  @ApiHeader({ name: 'Idempotency-Key', required: false })
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
  withdraw(@CurrentUser() principal: Principal, @Param('id', uuid) id: string) {
    return this.submissions.withdraw(principal, id);
  }

  /** A withdrawn entry back as a draft, while the contest takes changes (409 otherwise). */
  @Roles(Role.applicant)
  @Post('entries/:id/reopen')
  @HttpCode(200)
  reopen(@CurrentUser() principal: Principal, @Param('id', uuid) id: string) {
    return this.submissions.reopen(principal, id);
  }
}
