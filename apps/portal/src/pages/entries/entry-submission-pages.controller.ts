import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Role, Roles } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { EntrySubmissionService } from '@app/entries';
import { inLocale, vietnamDeadline } from '../contests/contest-view';
import { entryFailureOf } from './entry-errors';
import type { EntryFormErrors } from './entry-form-input';
import { EntryPageData, type LoadedEntry } from './entry-page-data';
import { missingForSubmit } from './entry-view';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { attempt } from '../platform/page-form';
import { PageIdPipe } from '../platform/page-id.pipe';

type FormBody = Record<string, unknown>;
const SUBMIT_KEY = /^[0-9a-f-]{36}$/;

/**
 * Submitting and withdrawing, each behind a confirm step. The submit form carries a key
 * made when the page was shown, so a double click or a resent form submits once.
 */
@ApiExcludeController()
@Controller('entries/:id')
export class EntrySubmissionPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly submissions: EntrySubmissionService,
    private readonly data: EntryPageData,
  ) {}

  @Get('submit')
  @Roles(Role.applicant)
  async confirmSubmit(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
  ) {
    const loaded = await this.data.load(principal, id);
    return this.renderConfirm(request, reply, 'entries/submit', loaded, {}, 200);
  }

  @Post('submit')
  @Roles(Role.applicant)
  async submit(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Body() body: FormBody,
  ) {
    const loaded = await this.data.load(principal, id);
    const key = typeof body.submitKey === 'string' && SUBMIT_KEY.test(body.submitKey);
    const failure = await attempt(async () => {
      await this.submissions.submit(
        principal,
        loaded.entry.id,
        key ? `page:${body.submitKey as string}` : undefined,
      );
    }, entryFailureOf);
    if (failure) {
      const fresh = await this.data.load(principal, id);
      return this.renderConfirm(
        request,
        reply,
        'entries/submit',
        fresh,
        failure.errors,
        failure.status,
      );
    }
    return reply.redirect(`/entries/${loaded.entry.id}?submitted=1`, 303);
  }

  @Get('withdraw')
  @Roles(Role.applicant)
  async confirmWithdraw(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
  ) {
    const loaded = await this.data.load(principal, id);
    return this.renderConfirm(request, reply, 'entries/withdraw', loaded, {}, 200);
  }

  @Post('withdraw')
  @Roles(Role.applicant)
  async withdraw(
    @Req() request: PageRequest,
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
  ) {
    const loaded = await this.data.load(principal, id);
    const failure = await attempt(async () => {
      await this.submissions.withdraw(principal, loaded.entry.id);
    }, entryFailureOf);
    if (failure) {
      return this.renderConfirm(
        request,
        reply,
        'entries/withdraw',
        loaded,
        failure.errors,
        failure.status,
      );
    }
    return reply.redirect(`/entries/${loaded.entry.id}?withdrawn=1`, 303);
  }

  /**
   * Back to a draft from the entry's page. When the contest stopped taking changes in the
   * meantime, the entry's page itself says why the withdrawal is now final.
   */
  @Post('reopen')
  @Roles(Role.applicant)
  async reopen(
    @CurrentUser() principal: Principal,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
  ) {
    const loaded = await this.data.load(principal, id);
    const failure = await attempt(async () => {
      await this.submissions.reopen(principal, loaded.entry.id);
    }, entryFailureOf);
    return reply.redirect(`/entries/${loaded.entry.id}${failure ? '' : '?reopened=1'}`, 303);
  }

  private renderConfirm(
    request: PageRequest,
    reply: FastifyReply,
    view: string,
    { entry, contest }: LoadedEntry,
    errors: EntryFormErrors,
    status: number,
  ) {
    const locale = this.pages.localeOf(request);
    return this.pages.render(
      request,
      reply,
      view,
      {
        entry,
        contest: {
          name: inLocale(contest, 'name', locale),
          deadline: vietnamDeadline(contest.submissionDeadline, locale),
        },
        missing: missingForSubmit(entry, contest, locale),
        errors,
        submitKey: randomUUID(),
        resubmission: entry.submittedRevision !== null,
      },
      status,
    );
  }
}
