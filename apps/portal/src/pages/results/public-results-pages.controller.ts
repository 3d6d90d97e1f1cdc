import { Controller, Get, Header, Param, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '@app/accounts';
import { AppConfig } from '@app/platform';
import type { Locale } from '@app/platform';
import { PublicResultsService, resultsOgPng } from '@app/results';
import type { PublicResults } from '@app/results';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';

const inLocale = (thing: { nameVi: string; nameEn: string }, locale: Locale) =>
  locale === 'en' ? thing.nameEn : thing.nameVi;

/**
 * The public results page of an announced contest, for anyone (404 before the
 * announcement): prizes with their teams' ideas, the finalists per category, the judges
 * who agreed to be named, the dates and every correction. Its Open Graph tags make a
 * shared link show the contest's name and the results image.
 */
@ApiExcludeController()
@Controller('results')
export class PublicResultsPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly results: PublicResultsService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Get(':slug')
  async show(@Req() request: PageRequest, @Res() reply: FastifyReply, @Param('slug') slug: string) {
    const results = await this.results.results(slug);
    const locale = this.pages.localeOf(request);
    return this.pages.render(request, reply, 'results/public', {
      results: present(results, locale),
      og: {
        title: this.pages.translate(locale, 'publicResults.title', {
          name: inLocale(results.contest, locale),
        }),
        description: this.pages.translate(locale, 'publicResults.lead'),
        url: `${this.config.publicUrl}/results/${encodeURIComponent(results.contest.slug)}`,
        locale: locale === 'en' ? 'en_GB' : 'vi_VN',
        image: `${this.config.publicUrl}/results/${encodeURIComponent(results.contest.slug)}/og/${locale}.png`,
      },
    });
  }
}

/**
 * The link preview's image in one language. The language is in the path, not `?lang=`
 * (which pages answer with a redirect and a cookie), since link previewers keep no cookies.
 */
@ApiExcludeController()
@Controller('results')
export class PublicResultsImageController {
  constructor(private readonly results: PublicResultsService) {}

  @Public()
  @Get(':slug/og/:lang.png')
  @Header('Content-Type', 'image/png')
  @Header('Cache-Control', 'public, max-age=300')
  async image(@Param('slug') slug: string, @Param('lang') lang: string) {
    const results = await this.results.results(slug);
    return new StreamableFile(resultsOgPng(results, lang === 'en' ? 'en' : 'vi'));
  }
}

/** The results with names in the reader's language. */
function present(results: PublicResults, locale: Locale) {
  return {
    ...results,
    name: inLocale(results.contest, locale),
    prizes: results.prizes.map((p) => ({ ...p, name: inLocale(p, locale) })),
    finalists: results.finalists.map((f) => ({ ...f, name: inLocale(f, locale) })),
  };
}
