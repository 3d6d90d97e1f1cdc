import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Role, Roles } from '@app/accounts';
import { CategoryService, ContestService, QuestionKind, QuestionService } from '@app/contests';
import type { ContestAdminResponse } from '@app/contests';
import { APPLICANT_TYPES } from '@app/contests/eligibility/eligibility-rules';
import { DomainError, ErrorCode } from '@app/platform';
import { eligibilityInWords, inLocale, type Translate } from './contest-view';
import {
  ELIGIBILITY_CHOICES,
  ELIGIBILITY_FLAGS,
  ELIGIBILITY_NUMBERS,
} from './organizer-contest-form';
import { organizerFailureOf } from './organizer-errors';
import { FORM_LEVEL, type FormBody, type OrganizerFormErrors } from './organizer-form-input';
import {
  categoryFormValuesOf,
  categoryFormValuesOfCategory,
  questionFormValuesOf,
  questionFormValuesOfQuestion,
  toCategoryDto,
  toQuestionDto,
} from './organizer-setup-form';
import { contestHeader } from './organizer-view';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { attempt } from '../platform/page-form';
import { PageIdOrNewPipe, PageIdPipe } from '../platform/page-id.pipe';

interface FormState {
  values: unknown;
  errors?: OrganizerFormErrors;
  status?: number;
}

const notFound = () => new DomainError(ErrorCode.NOT_FOUND, 'Not found');

/** Categories (bảng) and extra entry-form questions of a contest: lists and add/edit/delete forms. */
@ApiExcludeController()
@Roles(Role.organizer)
@Controller('organizer/contests/:id')
export class OrganizerSetupPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly contests: ContestService,
    private readonly categories: CategoryService,
    private readonly questions: QuestionService,
  ) {}

  @Get('categories')
  async categoryList(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Query() query: Record<string, unknown>,
  ) {
    const contest = await this.contests.getForOrganizers(id);
    const locale = this.pages.localeOf(request);
    const t: Translate = (key, vars) => this.pages.translate(locale, key, vars);
    return this.pages.render(request, reply, 'organizer/categories', {
      header: contestHeader(contest, locale, 'categories'),
      categories: contest.categories.map((c) => ({
        id: c.id,
        key: c.key,
        name: inLocale(c, 'name', locale),
        rules: eligibilityInWords(c.effectiveEligibility, t),
      })),
      notice: noticeOf(query),
    });
  }

  @Get('categories/:categoryId')
  async categoryForm(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('categoryId', PageIdOrNewPipe) categoryId: string,
  ) {
    const contest = await this.contests.getForOrganizers(id);
    if (categoryId === 'new')
      return this.renderCategory(request, reply, contest, null, {
        values: categoryFormValuesOf({}),
      });
    const category = contest.categories.find((c) => c.id === categoryId);
    if (!category) throw notFound();
    return this.renderCategory(request, reply, contest, category.id, {
      values: categoryFormValuesOfCategory(category),
    });
  }

  @Post('categories/:categoryId')
  async saveCategory(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('categoryId', PageIdOrNewPipe) categoryId: string,
    @Body() body: FormBody,
  ) {
    const contest = await this.contests.getForOrganizers(id);
    const existing = categoryId === 'new' ? null : this.categoryOf(contest, categoryId);
    const values = categoryFormValuesOf(body);
    const dto = toCategoryDto(values);
    if (!dto.ok)
      return this.renderCategory(request, reply, contest, existing, {
        values,
        errors: dto.errors,
        status: 400,
      });
    const failure = await attempt(async () => {
      if (existing) await this.categories.update(existing, dto.value);
      else await this.categories.create(contest.id, dto.value);
    }, organizerFailureOf);
    if (failure) {
      return this.renderCategory(request, reply, contest, existing, { values, ...failure });
    }
    return reply.redirect(`/organizer/contests/${contest.id}/categories?saved=1`, 303);
  }

  @Post('categories/:categoryId/delete')
  async deleteCategory(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('categoryId', PageIdPipe) categoryId: string,
  ) {
    const contest = await this.contests.getForOrganizers(id);
    const existing = this.categoryOf(contest, categoryId);
    const failure = await attempt(async () => {
      await this.categories.remove(existing);
    }, organizerFailureOf);
    if (failure) {
      const category = contest.categories.find((c) => c.id === existing)!;
      return this.renderCategory(request, reply, contest, existing, {
        values: categoryFormValuesOfCategory(category),
        ...failure,
      });
    }
    return reply.redirect(`/organizer/contests/${contest.id}/categories?deleted=1`, 303);
  }

  @Get('questions')
  async questionList(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Query() query: Record<string, unknown>,
  ) {
    const contest = await this.contests.getForOrganizers(id);
    const locale = this.pages.localeOf(request);
    return this.pages.render(request, reply, 'organizer/questions', {
      header: contestHeader(contest, locale, 'questions'),
      questions: contest.questions.map((q) => ({ ...q, label: inLocale(q, 'label', locale) })),
      notice: noticeOf(query),
    });
  }

  @Get('questions/:questionId')
  async questionForm(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('questionId', PageIdOrNewPipe) questionId: string,
  ) {
    const contest = await this.contests.getForOrganizers(id);
    if (questionId === 'new')
      return this.renderQuestion(request, reply, contest, null, {
        values: questionFormValuesOf({ kind: QuestionKind.shortText }),
      });
    const question = contest.questions.find((q) => q.id === this.questionOf(contest, questionId))!;
    return this.renderQuestion(request, reply, contest, question.id, {
      values: questionFormValuesOfQuestion(question),
    });
  }

  @Post('questions/:questionId')
  async saveQuestion(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('questionId', PageIdOrNewPipe) questionId: string,
    @Body() body: FormBody,
  ) {
    const contest = await this.contests.getForOrganizers(id);
    const existing = questionId === 'new' ? null : this.questionOf(contest, questionId);
    const values = questionFormValuesOf(body);
    const dto = toQuestionDto(values);
    if (!dto.ok)
      return this.renderQuestion(request, reply, contest, existing, {
        values,
        errors: dto.errors,
        status: 400,
      });
    const failure = await attempt(async () => {
      if (existing) await this.questions.update(existing, dto.value);
      else await this.questions.create(contest.id, dto.value);
    }, organizerFailureOf);
    if (failure) {
      return this.renderQuestion(request, reply, contest, existing, { values, ...failure });
    }
    return reply.redirect(`/organizer/contests/${contest.id}/questions?saved=1`, 303);
  }

  @Post('questions/:questionId/delete')
  async deleteQuestion(
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('questionId', PageIdPipe) questionId: string,
  ) {
    const contest = await this.contests.getForOrganizers(id);
    await this.questions.remove(this.questionOf(contest, questionId));
    return reply.redirect(`/organizer/contests/${contest.id}/questions?deleted=1`, 303);
  }

  /** An id of this contest's category: another contest's category is "not found" here. */
  private categoryOf(contest: ContestAdminResponse, id: string): string {
    const category = contest.categories.find((c) => c.id === id);
    if (!category) throw notFound();
    return category.id;
  }

  private questionOf(contest: ContestAdminResponse, id: string): string {
    const question = contest.questions.find((q) => q.id === id);
    if (!question) throw notFound();
    return question.id;
  }

  private renderCategory(
    request: PageRequest,
    reply: FastifyReply,
    contest: ContestAdminResponse,
    categoryId: string | null,
    state: FormState,
  ) {
    const locale = this.pages.localeOf(request);
    return this.pages.render(
      request,
      reply,
      'organizer/category-form',
      {
        header: contestHeader(contest, locale, 'categories'),
        categoryId,
        values: state.values,
        errors: state.errors ?? {},
        formLevel: FORM_LEVEL,
        applicantTypes: APPLICANT_TYPES,
        eligibilityNumbers: ELIGIBILITY_NUMBERS,
        eligibilityFlags: ELIGIBILITY_FLAGS,
        eligibilityChoices: ELIGIBILITY_CHOICES,
      },
      state.status ?? 200,
    );
  }

  private renderQuestion(
    request: PageRequest,
    reply: FastifyReply,
    contest: ContestAdminResponse,
    questionId: string | null,
    state: FormState,
  ) {
    const locale = this.pages.localeOf(request);
    return this.pages.render(
      request,
      reply,
      'organizer/question-form',
      {
        header: contestHeader(contest, locale, 'questions'),
        questionId,
        values: state.values,
        errors: state.errors ?? {},
        kinds: Object.values(QuestionKind),
      },
      state.status ?? 200,
    );
  }
}

function noticeOf(query: Record<string, unknown>): string | undefined {
  const notice = ['saved', 'deleted'].find((key) => key in query);
  return notice ? `organizer.notice_${notice}` : undefined;
}
