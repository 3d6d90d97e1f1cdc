import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, SignedIn } from '@app/accounts';
import type { Principal } from '@app/accounts';
import {
  FestivalService,
  INVESTOR_KINDS,
  InvestorProfileDto,
  InvestorService,
  MeetingService,
  RequestMeetingDto,
} from '@app/festival';
import type { InvestorProfileResponse } from '@app/festival';
import { DomainError, ERROR_STATUS, ErrorCode } from '@app/platform';
import { texts, validateAs } from '../../contests/organizer-form-input';
import type { FormBody, OrganizerFormErrors, Row } from '../../contests/organizer-form-input';
import { PageIdPipe } from '../../platform/page-id.pipe';
import { PageRenderer, type PageRequest } from '../../platform/page-renderer.service';

const PROFILE_INPUTS = ['organisation', 'kind', 'interests'];
const REQUEST_INPUTS = ['slotId', 'laterNote', 'message'];

/** Refusals of a meeting request that the finalists page explains beside the form. */
const REQUEST_CODES = new Set<ErrorCode>([
  ErrorCode.MEETING_SLOT_TAKEN,
  ErrorCode.VALIDATION_FAILED,
]);

/**
 * The investors' own pages: the investor profile they send for the organizers' approval
 * (`/me/investor`), and, once approved, a festival's finalists who opted in, each with a
 * form to ask for a meeting at a free slot of the day or later. Answers come back on
 * "my meetings" and by mail.
 */
@ApiExcludeController()
@Controller()
export class InvestorPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly festivals: FestivalService,
    private readonly investors: InvestorService,
    private readonly meetings: MeetingService,
  ) {}

  @Get('me/investor')
  @SignedIn()
  async profile(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
  ) {
    const current = await this.currentProfile(principal);
    return this.renderProfile(request, reply, current, { values: current ?? {}, errors: {} });
  }

  @Post('me/investor')
  @SignedIn()
  async apply(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Body() body: FormBody,
  ) {
    const values = texts(body, PROFILE_INPUTS);
    const dto = validateAs(InvestorProfileDto, values);
    if (!dto.ok) {
      const current = await this.currentProfile(principal);
      return this.renderProfile(request, reply, current, { values, errors: dto.errors }, 400);
    }
    const saved = await this.investors.apply(principal, dto.value);
    return this.renderProfile(request, reply, saved, { values: saved, errors: {}, sent: true });
  }

  @Get('contests/:slug/festival/investors')
  @SignedIn()
  finalists(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('slug') slug: string,
  ) {
    return this.renderFinalists(request, reply, principal, slug, {});
  }

  @Post('contests/:slug/festival/investors/:entryId/meet')
  @SignedIn()
  async meet(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('slug') slug: string,
    @Param('entryId', PageIdPipe) entryId: string,
    @Body() body: FormBody,
  ) {
    const values = texts(body, REQUEST_INPUTS);
    const later = values.slotId === '';
    const dto = validateAs(RequestMeetingDto, {
      entryId,
      slotId: later ? null : values.slotId,
      laterNote: later ? values.laterNote : null,
      message: values.message,
    });
    const failed = (errors: OrganizerFormErrors, status: number) =>
      this.renderFinalists(request, reply, principal, slug, { entryId, values, errors }, status);
    if (!dto.ok) return failed(dto.errors, 400);
    const { contest } = await this.festivals.viewBySlug(slug, 'public');
    try {
      await this.meetings.request(principal, contest.id, dto.value);
      return reply.redirect('/me/meetings?requested=1', 303);
    } catch (error) {
      if (!(error instanceof DomainError) || !REQUEST_CODES.has(error.code)) throw error;
      const field = error.code === ErrorCode.MEETING_SLOT_TAKEN ? 'slotId' : 'laterNote';
      return failed(
        { [field]: { key: `investorPages.errors.${error.code}` } },
        ERROR_STATUS[error.code],
      );
    }
  }

  private async currentProfile(principal: Principal): Promise<InvestorProfileResponse | null> {
    return this.investors.mine(principal).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === ErrorCode.NOT_FOUND) return null;
      throw error;
    });
  }

  private renderProfile(
    request: PageRequest,
    reply: FastifyReply,
    current: InvestorProfileResponse | null,
    state: {
      values: Partial<Row> | InvestorProfileResponse;
      errors: OrganizerFormErrors;
      sent?: boolean;
    },
    status = 200,
  ) {
    return this.pages.render(
      request,
      reply,
      'festival/investor-profile',
      { current, kinds: INVESTOR_KINDS, ...state },
      status,
    );
  }

  private async renderFinalists(
    request: PageRequest,
    reply: FastifyReply,
    principal: Principal,
    slug: string,
    form: { entryId?: string; values?: Row; errors?: OrganizerFormErrors },
    status = 200,
  ) {
    const { contest, festival } = await this.festivals.viewBySlug(slug, 'public');
    const locale = this.pages.localeOf(request);
    const page = {
      contest: { slug: contest.slug, name: locale === 'en' ? contest.nameEn : contest.nameVi },
      festivalName: locale === 'en' ? festival.nameEn : festival.nameVi,
    };
    try {
      const [finalists, slots] = await Promise.all([
        this.investors.finalists(principal, contest.id),
        this.meetings.slots(principal, contest.id),
      ]);
      return this.pages.render(
        request,
        reply,
        'festival/investor-finalists',
        { ...page, finalists, slots: slots.filter((s) => !s.taken), form },
        status,
      );
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== ErrorCode.INVESTOR_NOT_APPROVED)
        throw error;
      return this.pages.render(request, reply, 'festival/investor-finalists', page, 403);
    }
  }
}
