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
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import {
  ChangeContestStatusDto,
  ContestService,
  ContestStatusService,
  CreateContestDto,
  UpdateContestDto,
} from '@app/contests';

const SEES_DRAFTS: ReadonlySet<Role> = new Set([Role.organizer, Role.admin]);

@ApiTags('contests')
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
  list() {
    return this.contests.listPublished();
  }

  /** A draft answers 404 to everyone but organizers. */
  @Public()
  @Get(':slug')
  get(@Param('slug') slug: string, @CurrentUser() principal: Principal | undefined) {
    return this.contests.getBySlug(
      slug,
      principal !== undefined && SEES_DRAFTS.has(principal.role),
    );
  }

  @Roles(Role.organizer)
  @Get(':id/admin')
  getForOrganizers(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.contests.getForOrganizers(id);
  }

  @Roles(Role.organizer)
  @Post()
  create(@Body() dto: CreateContestDto) {
    return this.contests.create(dto);
  }

  @Roles(Role.organizer)
  @Patch(':id')
  update(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: UpdateContestDto) {
    return this.contests.update(id, dto);
  }

  /** Each status the contest may move to now, with the consequences of moving there. */
  @Roles(Role.organizer)
  @Get(':id/status')
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
  async changeStatus(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ChangeContestStatusDto,
    @CurrentUser() principal: Principal,
  ) {
    await this.statuses.change(id, dto.status, principal.userId);
    return this.contests.getForOrganizers(id);
  }
}
