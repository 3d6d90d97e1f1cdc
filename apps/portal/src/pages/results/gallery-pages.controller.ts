import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Public, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { ContestService } from '@app/contests';
import { galleryImageHeaders, galleryPagePath, GalleryService } from '@app/results';
import { inLocale, type Translate } from '../contests/contest-view';
import { PageIdPipe } from '../platform/page-id.pipe';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { EntryGalleryPage } from './entry-gallery-page';
import { galleryCards, galleryChoices, galleryPager, galleryQueryOf } from './gallery-page-view';

/**
 * The public gallery of ideas of a contest (no sign-in), its images, and the team's page
 * for showing its entry there. Forms post to the same service as the API.
 */
@ApiExcludeController()
@Controller()
export class GalleryPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly contests: ContestService,
    private readonly gallery: GalleryService,
    private readonly entryPage: EntryGalleryPage,
  ) {}

  @Get('contests/:slug/gallery')
  @Public()
  async show(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('slug') slug: string,
    @Query() raw: Record<string, unknown>,
  ) {
    // A draft contest is nobody's gallery, organizers' included: it has no entries yet.
    const contest = await this.contests.getPublished({ slug }, false);
    const { query, filters } = galleryQueryOf(raw);
    const page = await this.gallery.page(contest.id, query);
    const locale = this.pages.localeOf(request);
    const t: Translate = (key, vars) => this.pages.translate(locale, key, vars);
    const base = galleryPagePath(contest.slug);
    return this.pages.render(request, reply, 'results/gallery', {
      contest: { slug: contest.slug, name: inLocale(contest, 'name', locale) },
      action: base,
      filters,
      filtered: Object.keys(filters).length > 0,
      moreFilters: Boolean(
        filters.category || filters.field || filters.commune || filters.district,
      ),
      choices: galleryChoices(contest, contest.fields, locale),
      cards: galleryCards(page, locale, t),
      pager: galleryPager(base, filters, page),
    });
  }

  /** Only the chosen image of a card shown now; anything else is the page's 404. */
  @Get('gallery/images/:id')
  @Public()
  async image(@Res() reply: FastifyReply, @Param('id', PageIdPipe) id: string) {
    const file = await this.gallery.openImage(id);
    await reply.headers(galleryImageHeaders(file)).send(file.stream);
  }

  @Get('entries/:id/gallery')
  @Roles(Role.applicant)
  async entry(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Query() query: Record<string, unknown>,
  ) {
    const notice = ['optedIn', 'saved', 'withdrawn'].find((key) => key in query);
    return this.entryPage.render(request, reply, principal, id, {
      notice: notice ? `entryGallery.notice_${notice}` : undefined,
    });
  }

  @Post('entries/:id/gallery')
  @Roles(Role.applicant)
  optIn(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Body() body: Record<string, unknown>,
  ) {
    return this.entryPage.optIn(request, reply, principal, id, body);
  }

  @Post('entries/:id/gallery/withdraw')
  @Roles(Role.applicant)
  withdraw(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
  ) {
    return this.entryPage.withdraw(request, reply, principal, id);
  }
}
