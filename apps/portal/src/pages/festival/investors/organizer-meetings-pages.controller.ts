import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Role, Roles } from '@app/accounts';
import { ContestService } from '@app/contests';
import { InvestorService, MeetingService, MeetingSlotDto } from '@app/festival';
import { contestHeader } from '../../contests/organizer-view';
import { texts, validateAs } from '../../contests/organizer-form-input';
import type { FormBody, OrganizerFormErrors, Row } from '../../contests/organizer-form-input';
import { PageIdPipe } from '../../platform/page-id.pipe';
import { PageRenderer, type PageRequest } from '../../platform/page-renderer.service';

const SLOT_INPUTS = ['startTime', 'endTime', 'place'];
const NOTICES = ['slot', 'decided'];

/**
 * The organizers' investor-connection page of a festival: investor applications to
 * approve or refuse, the meeting slots (and a form for more), every meeting request and
 * the day's meeting list in time order, to print or read on a phone at the desk.
 */
@ApiExcludeController()
@Roles(Role.organizer)
@Controller('organizer/contests/:id/festival/meetings')
export class OrganizerMeetingsPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly contests: ContestService,
    private readonly investors: InvestorService,
    private readonly meetings: MeetingService,
  ) {}

  @Get()
  async show(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
  ) {
    const notice = NOTICES.find((key) => new RegExp(`[?&]${key}=`).test(request.url));
    return this.render(request, reply, id, { values: {}, errors: {}, notice });
  }

  @Post('slots')
  async addSlot(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Body() body: FormBody,
  ) {
    const values = texts(body, SLOT_INPUTS);
    const dto = validateAs(MeetingSlotDto, values);
    if (!dto.ok) return this.render(request, reply, id, { values, errors: dto.errors }, 400);
    await this.meetings.addSlot(id, dto.value);
    return reply.redirect(`/organizer/contests/${id}/festival/meetings?slot=1`, 303);
  }

  @Post('investors/:profileId')
  async decide(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('profileId', PageIdPipe) profileId: string,
    @Body() body: FormBody,
  ) {
    const approve = texts(body, ['decision']).decision === 'approve';
    await this.investors.decide(request.principal!, profileId, { approve });
    return reply.redirect(`/organizer/contests/${id}/festival/meetings?decided=1`, 303);
  }

  private async render(
    request: PageRequest,
    reply: FastifyReply,
    id: string,
    state: { values: Row; errors: OrganizerFormErrors; notice?: string },
    status = 200,
  ) {
    const [contest, board, slots, investors] = await Promise.all([
      this.contests.getForOrganizers(id),
      this.meetings.board(id),
      this.meetings.slots(request.principal!, id),
      this.investors.list(),
    ]);
    return this.pages.render(
      request,
      reply,
      'festival/meetings',
      {
        header: contestHeader(contest, this.pages.localeOf(request), 'festival'),
        board,
        slots,
        investors,
        values: state.values,
        errors: state.errors,
        notice: state.notice ? `festivalMeetings.notice_${state.notice}` : undefined,
      },
      status,
    );
  }
}
