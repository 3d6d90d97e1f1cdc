import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Role, Roles } from '@app/accounts';
import { ContestService } from '@app/contests';
import type { ContestAdminResponse } from '@app/contests';
import {
  FestivalBoothService,
  FestivalService,
  FestivalSessionService,
  SESSION_KINDS,
} from '@app/festival';
import type {
  FestivalBoothDto,
  FestivalBoothResponse,
  FestivalSessionDto,
  FestivalSessionResponse,
} from '@app/festival';
import { ContestPartForms, type ContestPart } from '../contests/contest-part-forms';
import type { FormBody, Row } from '../contests/organizer-form-input';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { PageIdOrNewPipe, PageIdPipe } from '../platform/page-id.pipe';
import {
  blankSession,
  boothFailureOf,
  boothValuesOf,
  boothValuesOfBooth,
  sessionValuesOf,
  sessionValuesOfSession,
  toBoothDto,
  toSessionDto,
} from './festival-forms';
import type { SessionValues } from './festival-forms';

/**
 * The forms of a festival's sessions and booths, in the flow of a contest's other parts
 * (ContestPartForms); both come back to the festival tab. A contest without a festival
 * has neither: its forms answer 404 until the day's details are saved.
 */
@ApiExcludeController()
@Roles(Role.organizer)
@Controller('organizer/contests/:id/festival')
export class FestivalPartPagesController {
  private readonly forms: ContestPartForms;

  constructor(
    pages: PageRenderer,
    private readonly contests: ContestService,
    private readonly festivals: FestivalService,
    private readonly sessions: FestivalSessionService,
    private readonly booths: FestivalBoothService,
  ) {
    this.forms = new ContestPartForms(pages);
  }

  @Get('sessions/:sessionId')
  async sessionForm(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('sessionId', PageIdOrNewPipe) sessionId: string,
  ) {
    const { contest, part } = await this.sessionPart(id);
    return this.forms.show(request, reply, contest, part, sessionId);
  }

  @Post('sessions/:sessionId')
  async saveSession(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('sessionId', PageIdOrNewPipe) sessionId: string,
    @Body() body: FormBody,
  ) {
    const { contest, part } = await this.sessionPart(id);
    return this.forms.save(request, reply, contest, part, sessionId, body);
  }

  @Post('sessions/:sessionId/delete')
  async deleteSession(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('sessionId', PageIdPipe) sessionId: string,
  ) {
    const { contest, part } = await this.sessionPart(id);
    return this.forms.delete(request, reply, contest, part, sessionId);
  }

  @Get('booths/:boothId')
  async boothForm(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('boothId', PageIdOrNewPipe) boothId: string,
  ) {
    const { contest, part } = await this.boothPart(id);
    return this.forms.show(request, reply, contest, part, boothId);
  }

  @Post('booths/:boothId')
  async saveBooth(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('boothId', PageIdOrNewPipe) boothId: string,
    @Body() body: FormBody,
  ) {
    const { contest, part } = await this.boothPart(id);
    return this.forms.save(request, reply, contest, part, boothId, body);
  }

  @Post('booths/:boothId/delete')
  async deleteBooth(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('boothId', PageIdPipe) boothId: string,
  ) {
    const { contest, part } = await this.boothPart(id);
    return this.forms.delete(request, reply, contest, part, boothId);
  }

  /** The contest and its festival (404 without one); organizers read it as they prepare it. */
  private async festivalOf(id: string) {
    const contest = await this.contests.getForOrganizers(id);
    return { contest, festival: await this.festivals.view(id, 'organizers') };
  }

  private async sessionPart(id: string): Promise<{
    contest: ContestAdminResponse;
    part: ContestPart<FestivalSessionResponse, SessionValues, FestivalSessionDto>;
  }> {
    const { contest, festival } = await this.festivalOf(id);
    const part: ContestPart<FestivalSessionResponse, SessionValues, FestivalSessionDto> = {
      section: 'festival',
      view: 'festival/session-form',
      idName: 'sessionId',
      itemsOf: () => festival.sessions,
      blank: blankSession,
      valuesOf: sessionValuesOf,
      valuesOfItem: sessionValuesOfSession,
      toDto: toSessionDto,
      create: (contestId, dto) => this.sessions.create(contestId, dto),
      update: (sessionId, dto) => this.sessions.replace(contest.id, sessionId, dto),
      remove: (sessionId) => this.sessions.remove(contest.id, sessionId),
      viewData: { kinds: SESSION_KINDS },
    };
    return { contest, part };
  }

  private async boothPart(id: string): Promise<{
    contest: ContestAdminResponse;
    part: ContestPart<FestivalBoothResponse, Row, FestivalBoothDto>;
  }> {
    const { contest, festival } = await this.festivalOf(id);
    const candidates = await this.booths.candidates(contest.id);
    const part: ContestPart<FestivalBoothResponse, Row, FestivalBoothDto> = {
      section: 'festival',
      view: 'festival/booth-form',
      idName: 'boothId',
      itemsOf: () => festival.booths,
      blank: () => ({ number: '', entryId: '', partnerName: '', partnerShowcase: '' }),
      valuesOf: boothValuesOf,
      valuesOfItem: boothValuesOfBooth,
      toDto: toBoothDto,
      create: (contestId, dto) => this.booths.create(contestId, dto),
      update: (boothId, dto) => this.booths.replace(contest.id, boothId, dto),
      remove: (boothId) => this.booths.remove(contest.id, boothId),
      failureOf: boothFailureOf,
      viewData: { candidates },
    };
    return { contest, part };
  }
}
