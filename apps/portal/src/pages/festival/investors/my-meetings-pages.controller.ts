import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, SignedIn } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { AnswerMeetingDto, MeetingService } from '@app/festival';
import { DomainError, ErrorCode } from '@app/platform';
import { texts, validateAs } from '../../contests/organizer-form-input';
import type { FormBody } from '../../contests/organizer-form-input';
import { PageIdPipe } from '../../platform/page-id.pipe';
import { PageRenderer, type PageRequest } from '../../platform/page-renderer.service';

/** Refusals of an answer that the page explains; anything else is the error page's. */
const ANSWER_CODES = new Set<string>([ErrorCode.MEETING_ALREADY_ANSWERED]);

/**
 * "My meetings": the investors' meeting requests to the signed-in person's teams, which
 * the team's owner accepts or declines here (the request mail links to this page), and the
 * requests they sent as an investor, with their answers.
 */
@ApiExcludeController()
@Controller('me/meetings')
export class MyMeetingsPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly meetings: MeetingService,
  ) {}

  @Get()
  @SignedIn()
  async list(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Query('answered') answered?: unknown,
    @Query('error') error?: unknown,
    @Query('requested') requested?: unknown,
  ) {
    const { received, sent } = await this.meetings.mineBySide(principal);
    return this.pages.render(request, reply, 'festival/my-meetings', {
      received,
      sent,
      answered: answered === 'accepted' || answered === 'declined' ? answered : undefined,
      requested: requested !== undefined,
      error: typeof error === 'string' && ANSWER_CODES.has(error) ? error : undefined,
    });
  }

  /** The owner's answer; back to the list with what happened (a reload posts nothing). */
  @Post(':id/answer')
  @SignedIn()
  async answer(
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Body() body: FormBody,
  ) {
    const form = validateAs(AnswerMeetingDto, { accept: texts(body, ['accept']).accept });
    if (!form.ok) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Accept or decline');
    try {
      const meeting = await this.meetings.answer(principal, id, form.value);
      return reply.redirect(`/me/meetings?answered=${meeting.status}`, 303);
    } catch (error) {
      if (!(error instanceof DomainError) || !ANSWER_CODES.has(error.code)) throw error;
      return reply.redirect(`/me/meetings?error=${error.code}`, 303);
    }
  }
}
