import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Public, Role } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { ContestService } from '@app/contests';
import { FestivalService } from '@app/festival';
import type { PublicContestResponse } from '@app/contests';
import { formatMoney, type Locale, renderMarkdown } from '@app/platform';
import {
  eligibilityInWords,
  inLocale,
  timeLeft,
  toContestCard,
  vietnamDeadline,
  type Translate,
} from './contest-view';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';

const SEES_DRAFTS: ReadonlySet<Role> = new Set([Role.organizer, Role.admin]);

/** The public side of contests: the list and each contest's page with its rules. */
@ApiExcludeController()
@Controller('contests')
export class ContestPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly contests: ContestService,
    private readonly festivals: FestivalService,
  ) {}

  @Get()
  @Public()
  async list(@Req() request: PageRequest, @Res() reply: FastifyReply) {
    const locale = this.pages.localeOf(request);
    const now = new Date();
    const contests = (await this.contests.listPublished(now)).map((c) =>
      toContestCard(c, locale, now),
    );
    return this.pages.render(request, reply, 'contests/list', { contests });
  }

  @Get(':slug')
  @Public()
  async show(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @CurrentUser() principal: Principal | undefined,
    @Param('slug') slug: string,
  ) {
    const role = principal?.role;
    const contest = await this.contests.getPublished(
      { slug },
      role !== undefined && SEES_DRAFTS.has(role),
    );
    const locale = this.pages.localeOf(request);
    const t: Translate = (key, vars) => this.pages.translate(locale, key, vars);
    return this.pages.render(request, reply, 'contests/show', {
      contest: present(contest, locale, t),
      enter: enterState(request, contest),
      festivalPublished: await this.festivals.isPublished(contest.id),
    });
  }
}

/**
 * What the "enter" area shows: the button, or why there is none. The verified e-mail is
 * required by the entry service too; saying so here spares a form that would be refused.
 */
function enterState(request: PageRequest, contest: PublicContestResponse) {
  const href = `/entries/new?contest=${encodeURIComponent(contest.slug)}`;
  const user = request.principal;
  if (!contest.acceptingSubmissions) return { state: 'closed', href };
  if (!user) return { state: 'signIn', href: `/login?next=${encodeURIComponent(href)}` };
  if (user.role !== Role.applicant) return { state: 'notApplicant', href };
  if (!user.emailVerified) return { state: 'unverified', href };
  return { state: 'open', href };
}

function present(contest: PublicContestResponse, locale: Locale, t: Translate) {
  return {
    slug: contest.slug,
    name: inLocale(contest, 'name', locale),
    kind: contest.kind,
    status: contest.status,
    accepting: contest.acceptingSubmissions,
    // The only HTML the templates print unescaped: Markdown through the allow-list sanitiser.
    descriptionHtml: renderMarkdown(inLocale(contest, 'description', locale)),
    rulesHtml: renderMarkdown(inLocale(contest, 'rules', locale)),
    deadline: vietnamDeadline(contest.submissionDeadline, locale),
    deadlineIso: contest.submissionDeadline,
    opensAt: vietnamDeadline(contest.registrationOpensAt, locale),
    timeLeft: contest.acceptingSubmissions
      ? timeLeft(contest.submissionDeadline, new Date())
      : null,
    blindJudging: contest.blindJudging,
    categories: contest.categories.map((c) => ({
      name: inLocale(c, 'name', locale),
      descriptionHtml: renderMarkdown(inLocale(c, 'description', locale)),
      rules: eligibilityInWords(c.effectiveEligibility, t),
    })),
    fields: contest.fields.map((f) => inLocale(f, 'label', locale)),
    prizes: contest.prizes.map((p) => ({
      name: inLocale(p, 'name', locale),
      count: p.quantity,
      amount: p.amount ? formatMoney(p.amount, locale) : null,
    })),
    rounds: contest.rounds.map((r) => ({
      name: inLocale(r, 'name', locale),
      mode: r.mode,
      opens: vietnamDeadline(r.judgingOpensAt, locale),
      closes: vietnamDeadline(r.judgingClosesAt, locale),
    })),
  };
}
