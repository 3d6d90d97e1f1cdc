import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Role, Roles } from '@app/accounts';
import { ContestService } from '@app/contests';
import { CheckInService, FestivalGuestService, FestivalPassService } from '@app/festival';
import type { ScanResponse } from '@app/festival';
import { DomainError, ERROR_STATUS, ErrorCode } from '@app/platform';
import { contestHeader } from '../../contests/organizer-view';
import type { FormBody } from '../../contests/organizer-form-input';
import { text } from '../../contests/organizer-form-input';
import { PageIdPipe } from '../../platform/page-id.pipe';
import { PageRenderer, type PageRequest } from '../../platform/page-renderer.service';

/** Codes the door shows as a message on the scanning page, not as an error page. */
const DOOR_CODES = new Set<ErrorCode>([
  ErrorCode.CHECK_IN_CODE_UNKNOWN,
  ErrorCode.CHECK_IN_OTHER_FESTIVAL,
  ErrorCode.VALIDATION_FAILED,
]);

/** `08:12`: an instant as the clock on the hall's wall shows it (Vietnam, UTC+7). */
export function wallClock(iso: string): string {
  return new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(11, 16);
}

/**
 * The door of the festival, for staff on a phone: scan a pass with the camera (the
 * portal's own copy of jsQR reads the frames; the page posts the code like the typed
 * form) or type its short code. Without a script the typed form still works. Organizers
 * also see the arrivals per role and issue the participants' passes here.
 */
@ApiExcludeController()
@Roles(Role.organizer)
@Controller('organizer/contests/:id/festival')
export class StaffCheckInPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly contests: ContestService,
    private readonly checkIns: CheckInService,
    private readonly passes: FestivalPassService,
    private readonly guests: FestivalGuestService,
  ) {}

  @Get('check-in')
  async show(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
  ) {
    return this.render(request, reply, id, {});
  }

  @Post('check-in')
  async scan(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Body() body: FormBody,
  ) {
    const code = text(body, 'code').trim();
    try {
      if (!code || code.length > 64) throw new DomainError(ErrorCode.CHECK_IN_CODE_UNKNOWN);
      const result = await this.checkIns.scan(id, code, request.principal!.userId);
      return this.render(request, reply, id, { result: resultView(result) });
    } catch (error) {
      if (!(error instanceof DomainError) || !DOOR_CODES.has(error.code)) throw error;
      const refusal =
        error.code === ErrorCode.VALIDATION_FAILED ? ErrorCode.CHECK_IN_CODE_UNKNOWN : error.code;
      return this.render(request, reply, id, { refusal }, ERROR_STATUS[refusal]);
    }
  }

  @Get('arrivals')
  async arrivals(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
  ) {
    const [contest, arrivals, guests] = await Promise.all([
      this.contests.getForOrganizers(id),
      this.checkIns.arrivals(id),
      this.guests.list(id),
    ]);
    const issued = /[?&]issued=(\d+)/.exec(request.url)?.[1];
    return this.pages.render(request, reply, 'festival/check-in/arrivals', {
      header: contestHeader(contest, this.pages.localeOf(request), 'festival'),
      arrivals,
      guests,
      issued,
    });
  }

  @Post('arrivals/issue')
  async issue(@Res() reply: FastifyReply, @Param('id', PageIdPipe) id: string) {
    const { issued } = await this.passes.issueForParticipants(id);
    return reply.redirect(`/organizer/contests/${id}/festival/arrivals?issued=${issued}`, 303);
  }

  private async render(
    request: PageRequest,
    reply: FastifyReply,
    id: string,
    state: { result?: ReturnType<typeof resultView>; refusal?: ErrorCode },
    status = 200,
  ) {
    const [contest, arrivals] = await Promise.all([
      this.contests.getForOrganizers(id),
      this.checkIns.arrivals(id),
    ]);
    return this.pages.render(
      request,
      reply,
      'festival/check-in/staff',
      {
        header: contestHeader(contest, this.pages.localeOf(request), 'festival'),
        arrivals,
        ...state,
      },
      status,
    );
  }
}

function resultView(result: ScanResponse) {
  return {
    outcome: result.outcome,
    at: wallClock(result.checkedInAt),
    name: result.holder.fullName,
    role: result.holder.role,
  };
}
