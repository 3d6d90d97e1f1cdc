import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '@app/accounts';
import { FestivalService, PitchOrderService } from '@app/festival';
import { festivalAudienceOf } from '../../festival-audience';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { programmeView } from './programme-view';

/**
 * The public programme of a contest's festival day, phone first: sessions grouped by
 * kind with their times, the final's pitch order with each team's time on stage, the
 * exhibition's booths, and the calendar files. 404 until
 * organizers publish it (they see their draft here as it will look).
 */
@ApiExcludeController()
@Controller('contests')
export class FestivalProgrammePagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly festivals: FestivalService,
    private readonly order: PitchOrderService,
  ) {}

  @Public()
  @Get(':slug/festival')
  async show(@Req() request: PageRequest, @Res() reply: FastifyReply, @Param('slug') slug: string) {
    const { contest, festival } = await this.festivals.viewBySlug(
      slug,
      festivalAudienceOf(request.principal),
    );
    const locale = this.pages.localeOf(request);
    // The final's pitch order, once drawn or set: each team finds its time on stage here.
    const order = await this.order.view(contest.id, festivalAudienceOf(request.principal));
    return this.pages.render(request, reply, 'festival/programme', {
      contest: { slug: contest.slug, name: locale === 'en' ? contest.nameEn : contest.nameVi },
      published: festival.published,
      programme: programmeView(festival, locale),
      pitchOrder: order.categories.map((category) => ({
        name: locale === 'en' ? category.nameEn : category.nameVi,
        pitches: category.pitches,
      })),
    });
  }
}
