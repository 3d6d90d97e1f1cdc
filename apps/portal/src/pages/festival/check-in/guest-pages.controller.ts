import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '@app/accounts';
import {
  FestivalGuestService,
  FestivalPassService,
  FestivalService,
  PeoplesBallotService,
  RegisterGuestDto,
} from '@app/festival';
import type { GuestRegistrationResponse } from '@app/festival';
import { DomainError, ERROR_STATUS, ErrorCode } from '@app/platform';
import { list, texts, validateAs } from '../../contests/organizer-form-input';
import type { FormBody, OrganizerFormErrors, Row } from '../../contests/organizer-form-input';
import { PageRenderer, type PageRequest } from '../../platform/page-renderer.service';
import { programmeView } from '../programme-view';
import { BALLOT_CODES } from '../votes/vote-pages.controller';
import { wallClock } from './staff-check-in-pages.controller';

const INPUTS = ['fullName', 'organisation', 'email', 'phone'];

/** Registration refusals shown on the form; anything else is the error page's. */
const FORM_CODES = new Set<ErrorCode>([
  ErrorCode.FESTIVAL_REGISTRATION_CLOSED,
  ErrorCode.FESTIVAL_SESSION_UNKNOWN,
  ErrorCode.FESTIVAL_GUEST_ALREADY_REGISTERED,
]);

/**
 * The guests' pages, phone first: registration for the festival day (no account needed),
 * and the personal pass page every pass holder reaches from their mail, with the QR code
 * drawn by the portal as an image (no script) and the short code.
 */
@ApiExcludeController()
@Controller()
export class GuestPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly festivals: FestivalService,
    private readonly guests: FestivalGuestService,
    private readonly passes: FestivalPassService,
    private readonly ballots: PeoplesBallotService,
  ) {}

  @Public()
  @Get('contests/:slug/festival/register')
  async form(@Req() request: PageRequest, @Res() reply: FastifyReply, @Param('slug') slug: string) {
    return this.renderForm(request, reply, slug, { values: {}, chosen: [], errors: {} });
  }

  @Public()
  @Post('contests/:slug/festival/register')
  async register(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('slug') slug: string,
    @Body() body: FormBody,
  ) {
    const values = texts(body, INPUTS);
    const chosen = list(body, 'sessionIds');
    const dto = validateAs(RegisterGuestDto, {
      fullName: values.fullName,
      organisation: values.organisation.trim() || null,
      email: values.email,
      phone: values.phone.trim() || null,
      sessionIds: chosen,
      locale: this.pages.localeOf(request),
    });
    if (!dto.ok)
      return this.renderForm(request, reply, slug, { values, chosen, errors: dto.errors }, 400);
    const { contest } = await this.festivals.viewBySlug(slug, 'public');
    try {
      const registered = await this.guests.register(contest.id, dto.value);
      return this.renderForm(request, reply, slug, { values, chosen, errors: {}, registered });
    } catch (error) {
      if (!(error instanceof DomainError) || !FORM_CODES.has(error.code)) throw error;
      const errors = { _form: { key: `festivalCheckIn.errors.${error.code}` } };
      return this.renderForm(
        request,
        reply,
        slug,
        { values, chosen, errors },
        ERROR_STATUS[error.code],
      );
    }
  }

  @Public()
  @Get('festival/passes/:token')
  async pass(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('token') token: string,
    @Query('voted') voted?: unknown,
    @Query('refusal') refusal?: unknown,
  ) {
    const pass = await this.passes.view(token);
    const ballot = await this.ballots.forPass(token);
    return this.pages.render(request, reply, 'festival/check-in/pass', {
      pass,
      checkedInAt: pass.checkedInAt ? wallClock(pass.checkedInAt) : null,
      cancelled: false,
      ballot,
      // After a vote the page says it was saved; the choice itself is read from the database.
      voted: voted ? ballot.finalists.find((f) => f.entryId === ballot.choice)?.code : undefined,
      refusal: BALLOT_CODES.has(refusal as ErrorCode) ? refusal : undefined,
    });
  }

  @Public()
  @Get('festival/passes/:token/qr.png')
  async qr(@Res() reply: FastifyReply, @Param('token') token: string) {
    const png = await this.passes.qrPng(token);
    // The image is the pass itself: never kept by a shared cache.
    return reply.type('image/png').header('cache-control', 'no-store').send(png);
  }

  @Public()
  @Post('festival/passes/:token/cancel')
  async cancel(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('token') token: string,
  ) {
    await this.guests.cancel(token);
    return this.pages.render(request, reply, 'festival/check-in/pass', {
      pass: null,
      cancelled: true,
    });
  }

  private async renderForm(
    request: PageRequest,
    reply: FastifyReply,
    slug: string,
    state: {
      values: Row;
      chosen: string[];
      errors: OrganizerFormErrors;
      registered?: GuestRegistrationResponse;
    },
    status = 200,
  ) {
    const { contest, festival } = await this.festivals.viewBySlug(slug, 'public');
    const locale = this.pages.localeOf(request);
    const seats = await this.guests.seatsTaken(contest.id);
    const programme = programmeView(festival, locale);
    const sessions = festival.sessions.map((s) => {
      const view = programme.groups.flatMap((g) => g.sessions).find((v) => v.id === s.id)!;
      const left = s.capacity === null ? null : Math.max(0, s.capacity - (seats.get(s.id) ?? 0));
      return { id: s.id, title: view.title, times: view.times, left };
    });
    return this.pages.render(
      request,
      reply,
      'festival/check-in/register',
      { contest: { slug: contest.slug }, programme, sessions, ...state },
      status,
    );
  }
}
