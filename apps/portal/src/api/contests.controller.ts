import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import {
  ChangeContestStatusDto,
  ContestService,
  ContestStatusService,
  CreateContestDto,
  UpdateContestDto,
} from '@app/contests';
import { ErrorCode } from '@app/platform';
import { ApiErrors } from './api-errors';
import { ApiTag } from './api-tags';
import {
  ContestAdminResponseDto,
  ContestStatusResponse,
  PublicContestResponseDto,
} from './responses/contest-response.dto';

const SEES_DRAFTS: ReadonlySet<Role> = new Set([Role.organizer, Role.admin]);
const seesDrafts = (principal?: Principal) =>
  principal !== undefined && SEES_DRAFTS.has(principal.role);

@ApiTags(ApiTag.contests)
@Controller('api/v1/contests')
export class ContestsController {
  constructor(
    private readonly contests: ContestService,
    private readonly statuses: ContestStatusService,
  ) {}

  /**
   * Published contests (every status but draft), newest first. The same for every caller
   * and without personal data, so caches may keep it briefly (every other API answer is
   * no-store, see api-cache-policy.ts).
   */
  @Public()
  @Get()
  @Header('Cache-Control', 'public, max-age=60')
  @ApiOperation({
    summary: 'Published contests',
    description:
      'Anyone. Every contest but drafts, newest first, with categories, fields, prizes, windows (ISO 8601 with `+07:00`), rounds and `acceptingSubmissions`; no private data, so caches may keep it for 60 s.',
  })
  @ApiOkResponse({ type: [PublicContestResponseDto] })
  list() {
    return this.contests.listPublished();
  }

  /** A draft answers 404 to everyone but organizers. */
  @Public()
  @Get(':id')
  @ApiOperation({
    summary: 'One published contest',
    description:
      'Anyone. The contest as in the list, by its id (a uuid: 400 VALIDATION_FAILED otherwise). A draft answers 404 NOT_FOUND to everyone but organizers and administrators.',
  })
  @ApiOkResponse({ type: PublicContestResponseDto })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() principal?: Principal) {
    return this.contests.getPublished({ id }, seesDrafts(principal));
  }

  /** The same contest found by the slug of its public address (`/contests/<slug>` pages). */
  @Public()
  @Get('by-slug/:slug')
  @ApiOperation({
    summary: 'One published contest by slug',
    description:
      'Anyone. The same contest found by the slug of its public address (`/contests/<slug>`). A draft answers 404 NOT_FOUND to everyone but organizers and administrators.',
  })
  @ApiOkResponse({ type: PublicContestResponseDto })
  getBySlug(@Param('slug') slug: string, @CurrentUser() principal?: Principal) {
    return this.contests.getPublished({ slug }, seesDrafts(principal));
  }

  @Roles(Role.organizer)
  @Get(':id/admin')
  @ApiOperation({
    summary: 'A contest with its configuration',
    description:
      'Organizers. The contest by id with everything organizers configure, drafts included. 404 NOT_FOUND.',
  })
  @ApiOkResponse({ type: ContestAdminResponseDto })
  getForOrganizers(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.contests.getForOrganizers(id);
  }

  @Roles(Role.organizer)
  @Post()
  @ApiErrors(ErrorCode.SLUG_TAKEN, ErrorCode.CODE_PREFIX_TAKEN)
  @ApiOperation({
    summary: 'Create a contest',
    description:
      'Organizers. Creates a draft contest with its windows, eligibility and settings; `prizes` (kind, names, amount, quantity, categoryId?) starts the one prize list that awards are given from. 201. 409 SLUG_TAKEN, 409 CODE_PREFIX_TAKEN, 400 VALIDATION_FAILED (for example a window whose end is before its start).',
  })
  @ApiCreatedResponse({ type: ContestAdminResponseDto })
  create(@CurrentUser() principal: Principal, @Body() dto: CreateContestDto) {
    return this.contests.create(principal.userId, dto);
  }

  @Roles(Role.organizer)
  @Patch(':id')
  @ApiErrors(
    ErrorCode.SLUG_TAKEN,
    ErrorCode.CODE_PREFIX_TAKEN,
    ErrorCode.PRIZE_AWARDED,
    ErrorCode.PRIZE_COUNT_EXCEEDED,
  )
  @ApiOperation({
    summary: 'Configure a contest',
    description:
      'Organizers. Changes the fields sent; the status is not part of it (400 for `status`: use `POST /contests/{id}/status`). `prizes` replaces the one prize list whole: an item with `id` keeps that prize (its awards stay), one without is new, a prize left out is deleted. 409 SLUG_TAKEN, 409 CODE_PREFIX_TAKEN, 409 PRIZE_AWARDED (leaving out an awarded prize), 409 PRIZE_COUNT_EXCEEDED (a quantity below its confirmed awards), 404 NOT_FOUND (also an `id` not a prize of this contest).',
  })
  @ApiOkResponse({ type: ContestAdminResponseDto })
  update(
    @CurrentUser() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: UpdateContestDto,
  ) {
    return this.contests.update(principal.userId, id, dto);
  }

  /** Each status the contest may move to now, with the consequences of moving there. */
  @Roles(Role.organizer)
  @Get(':id/status')
  @ApiOperation({
    summary: 'The status changes possible now',
    description:
      'Organizers. Each status the contest may move to now, with its `consequences` (who is mailed, what closes) and `blockers`.',
  })
  @ApiOkResponse({ type: ContestStatusResponse })
  statusChoices(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.statuses.preview(id);
  }

  /**
   * Moves the contest and mails the teams the change concerns. 409
   * INVALID_STATUS_TRANSITION for a change not allowed now (or a contest not ready to
   * open), 409 ANNOUNCED_BY_RESULTS for `announced`.
   */
  @Roles(Role.organizer)
  @Post(':id/status')
  @HttpCode(200)
  @ApiErrors(ErrorCode.INVALID_STATUS_TRANSITION, ErrorCode.ANNOUNCED_BY_RESULTS)
  @ApiOperation({
    summary: "Change a contest's status",
    description:
      "Organizers. `{status}` moves the contest (draft -> open -> closed -> judging) and mails the teams the change concerns; returns the contest. 409 INVALID_STATUS_TRANSITION for a change not allowed now or a contest not ready to open, 409 ANNOUNCED_BY_RESULTS for `announced` (that is the announcement's work).",
  })
  @ApiOkResponse({ type: ContestAdminResponseDto })
  async changeStatus(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ChangeContestStatusDto,
    @CurrentUser() principal: Principal,
  ) {
    await this.statuses.change(id, dto.status, principal.userId);
    return this.contests.getForOrganizers(id);
  }
}
