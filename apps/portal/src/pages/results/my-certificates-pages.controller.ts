import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, SignedIn } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { MyCertificatesService } from '@app/results';
import { inLocale } from '../contests/contest-view';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';

/** "My certificates": every certificate of the signed-in person, across their entries. */
@ApiExcludeController()
@Controller()
export class MyCertificatesPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly mine: MyCertificatesService,
  ) {}

  @Get('me/certificates')
  @SignedIn()
  async list(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
  ) {
    const locale = this.pages.localeOf(request);
    const certificates = (await this.mine.list(principal)).map((c) => ({
      ...c,
      contestName: inLocale(c.contest, 'name', locale),
      prizeName: c.prize ? inLocale(c.prize, 'name', locale) : '',
    }));
    return this.pages.render(request, reply, 'results/my-certificates', { certificates });
  }
}
