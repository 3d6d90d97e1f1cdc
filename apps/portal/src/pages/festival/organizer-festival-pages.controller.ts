import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Role, Roles } from '@app/accounts';
import { ContestService } from '@app/contests';
import { FestivalMailsService, FestivalService } from '@app/festival';
import type { FestivalResponse } from '@app/festival';
import { contestHeader } from '../contests/organizer-view';
import { organizerFailureOf } from '../contests/organizer-errors';
import type { FormBody, OrganizerFormErrors, Row } from '../contests/organizer-form-input';
import { attempt } from '../platform/page-form';
import { PageIdPipe } from '../platform/page-id.pipe';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { festivalValuesOf, festivalValuesOfFestival, toFestivalDto } from './festival-forms';
import { programmeView } from './programme-view';

const NOTICES = ['saved', 'deleted', 'published'];

/**
 * The organizers' festival tab: the day's details, its sessions and booths (their forms
 * are FestivalPartPagesController's), publishing, and links to what the public sees.
 */
@ApiExcludeController()
@Roles(Role.organizer)
@Controller('organizer/contests/:id/festival')
export class OrganizerFestivalPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly contests: ContestService,
    private readonly festivals: FestivalService,
    private readonly mails: FestivalMailsService,
  ) {}

  @Get()
  async show(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Query() query: Record<string, unknown>,
  ) {
    const festival = await this.festivals.find(id);
    const notice = NOTICES.find((key) => key in query);
    return this.render(request, reply, id, {
      values: festivalValuesOfFestival(festival),
      errors: {},
      status: 200,
      notice,
      festival,
      mailed: mailedOf(query),
    });
  }

  @Post()
  async save(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Body() body: FormBody,
  ) {
    const values = festivalValuesOf(body);
    const dto = toFestivalDto(values);
    if (!dto.ok)
      return this.render(request, reply, id, { values, errors: dto.errors, status: 400 });
    const failure = await attempt(() => this.festivals.upsert(id, dto.value), organizerFailureOf);
    if (failure) return this.render(request, reply, id, { values, ...failure });
    return reply.redirect(`/organizer/contests/${id}/festival?saved=1`, 303);
  }

  @Post('publish')
  async publish(@Res() reply: FastifyReply, @Param('id', PageIdPipe) id: string) {
    await this.festivals.publish(id);
    return reply.redirect(`/organizer/contests/${id}/festival?published=1`, 303);
  }

  /** Mails the programme; the tab then says how many mails went out of how many people. */
  @Post('programme-mail')
  async mailProgramme(@Res() reply: FastifyReply, @Param('id', PageIdPipe) id: string) {
    const { mailed, recipients } = await this.mails.sendProgramme(id);
    return reply.redirect(
      `/organizer/contests/${id}/festival?mailed=${mailed}&recipients=${recipients}`,
      303,
    );
  }

  /** The tab with the details form as given; the stored festival is read unless passed in. */
  private async render(
    request: PageRequest,
    reply: FastifyReply,
    contestId: string,
    state: {
      values: Row;
      errors: OrganizerFormErrors;
      status: number;
      notice?: string;
      festival?: FestivalResponse | null;
      mailed?: { mailed: number; recipients: number };
    },
  ) {
    const { values, errors, status, notice } = state;
    const contest = await this.contests.getForOrganizers(contestId);
    const festival =
      state.festival === undefined ? await this.festivals.find(contestId) : state.festival;
    const locale = this.pages.localeOf(request);
    return this.pages.render(
      request,
      reply,
      'festival/organizer-festival',
      {
        header: contestHeader(contest, locale, 'festival'),
        festival,
        programme: festival ? programmeView(festival, locale) : null,
        values,
        errors,
        notice: notice ? `festivalPage.notice_${notice}` : undefined,
        mailed: state.mailed,
      },
      status,
    );
  }
}

/** `?mailed=3&recipients=5` after mailing the programme; anything else shows nothing. */
function mailedOf(query: Record<string, unknown>) {
  const count = (value: unknown) =>
    typeof value === 'string' && /^\d{1,7}$/.test(value) ? Number(value) : undefined;
  const mailed = count(query.mailed);
  const recipients = count(query.recipients);
  return mailed !== undefined && recipients !== undefined ? { mailed, recipients } : undefined;
}
