import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { JudgeNameConsentService } from '@app/results';
import type { FormBody } from '../contests/organizer-form-input';
import { PageIdPipe } from '../platform/page-id.pipe';

/** The judge's "show my name on the results" box on their invitation page. */
@ApiExcludeController()
@Roles(Role.judge)
@Controller('judging/invitations/:id/results-name')
export class JudgeNameConsentPagesController {
  constructor(private readonly consent: JudgeNameConsentService) {}

  @Post()
  async save(
    @Res() reply: FastifyReply,
    @CurrentUser() principal: Principal,
    @Param('id', PageIdPipe) id: string,
    @Body() body: FormBody,
  ) {
    await this.consent.set(principal.userId, id, body.show === 'yes');
    return reply.redirect(`/judging/invitations/${id}?nameSaved=1`, 303);
  }
}
