import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { ContestService, PRIZE_KINDS, PrizeService } from '@app/contests';
import type { ContestAdminResponse, CreatePrizeDto, PrizeResponse } from '@app/contests';
import { ContestPartForms, type ContestPart } from '../contests/contest-part-forms';
import { ITEM_NOTICES, itemNotice, sectionNotice } from '../contests/contest-section';
import { inLocale } from '../contests/contest-view';
import type { FormBody, Row } from '../contests/organizer-form-input';
import { contestHeader } from '../contests/organizer-view';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { PageIdOrNewPipe, PageIdPipe } from '../platform/page-id.pipe';
import {
  prizeFailureOf,
  prizeFormValuesOf,
  prizeFormValuesOfPrize,
  toPrizeDto,
} from './prize-form';

/**
 * The prizes of a contest: list and add/edit/delete forms, in the same flow as its
 * categories and questions (ContestPartForms).
 */
@ApiExcludeController()
@Roles(Role.organizer)
@Controller('organizer/contests/:id/prizes')
export class PrizePagesController {
  private readonly forms: ContestPartForms;

  constructor(
    private readonly pages: PageRenderer,
    private readonly contests: ContestService,
    private readonly prizes: PrizeService,
  ) {
    this.forms = new ContestPartForms(pages);
  }

  @Get()
  async list(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Query() query: Record<string, unknown>,
  ) {
    const contest = await this.contests.getForOrganizers(id);
    const locale = this.pages.localeOf(request);
    const categoryName = new Map(
      contest.categories.map((c) => [c.id, inLocale(c, 'name', locale)]),
    );
    const prizes = await this.prizes.list(id);
    return this.pages.render(request, reply, 'results/prizes', {
      header: contestHeader(contest, locale, 'prizes'),
      prizes: prizes.map((p) => ({
        ...p,
        name: inLocale(p, 'name', locale),
        category: p.categoryId ? (categoryName.get(p.categoryId) ?? null) : null,
      })),
      notice: sectionNotice(query, ITEM_NOTICES, itemNotice),
    });
  }

  @Get(':prizeId')
  async form(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @CurrentUser() principal: Principal,
    @Param('id', PageIdPipe) id: string,
    @Param('prizeId', PageIdOrNewPipe) prizeId: string,
  ) {
    const contest = await this.contests.getForOrganizers(id);
    const part = await this.part(request, contest, principal.userId);
    return this.forms.show(request, reply, contest, part, prizeId);
  }

  @Post(':prizeId')
  async save(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @CurrentUser() principal: Principal,
    @Param('id', PageIdPipe) id: string,
    @Param('prizeId', PageIdOrNewPipe) prizeId: string,
    @Body() body: FormBody,
  ) {
    const contest = await this.contests.getForOrganizers(id);
    const part = await this.part(request, contest, principal.userId);
    return this.forms.save(request, reply, contest, part, prizeId, body);
  }

  @Post(':prizeId/delete')
  async delete(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @CurrentUser() principal: Principal,
    @Param('id', PageIdPipe) id: string,
    @Param('prizeId', PageIdPipe) prizeId: string,
  ) {
    const contest = await this.contests.getForOrganizers(id);
    const part = await this.part(request, contest, principal.userId);
    return this.forms.delete(request, reply, contest, part, prizeId);
  }

  /** The prize part of this contest, for this organizer (the audit log names them). */
  private async part(
    request: PageRequest,
    contest: ContestAdminResponse,
    actorId: string,
  ): Promise<ContestPart<PrizeResponse, Row, CreatePrizeDto>> {
    const items = await this.prizes.list(contest.id);
    const locale = this.pages.localeOf(request);
    return {
      section: 'prizes',
      view: 'results/prize-form',
      idName: 'prizeId',
      itemsOf: () => items,
      blank: () => prizeFormValuesOf({ kind: 'first', quantity: '1', amount: '0' }),
      valuesOf: prizeFormValuesOf,
      valuesOfItem: prizeFormValuesOfPrize,
      toDto: toPrizeDto,
      create: (contestId, dto) => this.prizes.create(actorId, contestId, dto),
      update: (prizeId, dto) => this.prizes.update(actorId, contest.id, prizeId, dto),
      remove: (prizeId) => this.prizes.remove(actorId, contest.id, prizeId),
      failureOf: prizeFailureOf,
      viewData: {
        kinds: PRIZE_KINDS,
        categories: contest.categories.map((c) => ({
          id: c.id,
          name: inLocale(c, 'name', locale),
        })),
      },
    };
  }
}
