import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import QRCode from 'qrcode';
import { Public } from '@app/accounts';
import { AppConfig } from '@app/platform';
import { FestivalService, HallScreensService } from '@app/festival';
import type { HallState } from '@app/festival';
import { festivalAudienceOf } from '../../../festival-audience';
import { PageRenderer, type PageRequest } from '../../platform/page-renderer.service';

/** A comment line now and then keeps proxies and load balancers from closing a quiet stream. */
const KEEP_ALIVE_MS = 20_000;

/**
 * The hall screen of the live final, for the projector: full screen, large type, the open
 * pitch with its timer, then the prizes as organizers reveal them and the people's choice.
 * The page's script (/static/hall.js) follows the server-sent events below.
 */
@ApiExcludeController()
@Controller('contests')
export class HallPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly festivals: FestivalService,
    private readonly halls: HallScreensService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Get(':slug/festival/hall')
  async show(@Req() request: PageRequest, @Res() reply: FastifyReply, @Param('slug') slug: string) {
    const { contest, festival } = await this.festivals.viewBySlug(
      slug,
      festivalAudienceOf(request.principal),
    );
    const locale = this.pages.localeOf(request);
    // Shown while the people's choice is open: the ballot's address and its QR code, drawn
    // here as inline SVG (markup, not script: the strict CSP holds).
    const voteUrl = `${this.config.publicUrl}/contests/${encodeURIComponent(contest.slug)}/festival/vote`;
    return this.pages.render(request, reply, 'festival/hall', {
      name: locale === 'en' ? festival.nameEn : festival.nameVi,
      contestName: locale === 'en' ? contest.nameEn : contest.nameVi,
      events: `/contests/${encodeURIComponent(contest.slug)}/festival/hall/events`,
      voteUrl,
      voteQr: await QRCode.toString(voteUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
    });
  }

  /**
   * The hall's state as server-sent events: the current state first (also after a
   * reconnection or a restart), then every change, from whichever portal instance made it.
   */
  @Public()
  @Get(':slug/festival/hall/events')
  async events(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('slug') slug: string,
  ): Promise<void> {
    const { contest } = await this.festivals.viewBySlug(
      slug,
      festivalAudienceOf(request.principal),
    );
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
      connection: 'keep-alive',
    });
    // The browser waits this long before reconnecting after the stream ends.
    raw.write('retry: 1000\n\n');
    const screen = {
      send: (state: HallState) => raw.write(`event: state\ndata: ${JSON.stringify(state)}\n\n`),
      end: () => raw.end(),
    };
    const disconnect = await this.halls.connect(
      contest.id,
      festivalAudienceOf(request.principal),
      screen,
    );
    if (raw.destroyed) return disconnect();
    const keepAlive = setInterval(() => raw.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    keepAlive.unref();
    raw.on('close', () => {
      clearInterval(keepAlive);
      disconnect();
    });
  }
}
