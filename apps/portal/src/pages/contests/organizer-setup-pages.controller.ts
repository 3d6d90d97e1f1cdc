import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Role, Roles } from '@app/accounts';
import {
  APPLICANT_TYPES,
  CategoryService,
  ContestService,
  QuestionKind,
  QuestionService,
} from '@app/contests';
import type {
  CategoryResponse,
  CreateCategoryDto,
  CreateQuestionDto,
  QuestionResponse,
} from '@app/contests';
import { ContestPartForms, type ContestPart } from './contest-part-forms';
import { ITEM_NOTICES, itemNotice, sectionNotice } from './contest-section';
import { eligibilityInWords, inLocale, type Translate } from './contest-view';
import {
  ELIGIBILITY_CHOICES,
  ELIGIBILITY_FLAGS,
  ELIGIBILITY_NUMBERS,
} from './organizer-contest-form';
import { FORM_LEVEL, type FormBody, type Row } from './organizer-form-input';
import {
  categoryFormValuesOf,
  categoryFormValuesOfCategory,
  questionFormValuesOf,
  questionFormValuesOfQuestion,
  toCategoryDto,
  toQuestionDto,
  type CategoryFormValues,
} from './organizer-setup-form';
import { contestHeader } from './organizer-view';
import { PageRenderer, type PageRequest } from '../platform/page-renderer.service';
import { PageIdOrNewPipe, PageIdPipe } from '../platform/page-id.pipe';

/** Categories (bảng) and extra entry-form questions of a contest: lists and add/edit/delete forms. */
@ApiExcludeController()
@Roles(Role.organizer)
@Controller('organizer/contests/:id')
export class OrganizerSetupPagesController {
  private readonly forms: ContestPartForms;
  private readonly category: ContestPart<CategoryResponse, CategoryFormValues, CreateCategoryDto>;
  private readonly question: ContestPart<QuestionResponse, Row, CreateQuestionDto>;

  constructor(
    private readonly pages: PageRenderer,
    private readonly contests: ContestService,
    categories: CategoryService,
    questions: QuestionService,
  ) {
    this.forms = new ContestPartForms(pages);
    this.category = {
      section: 'categories',
      view: 'organizer/category-form',
      idName: 'categoryId',
      itemsOf: (contest) => contest.categories,
      blank: () => categoryFormValuesOf({}),
      valuesOf: categoryFormValuesOf,
      valuesOfItem: categoryFormValuesOfCategory,
      toDto: toCategoryDto,
      create: (contestId, dto) => categories.create(contestId, dto),
      update: (id, dto) => categories.update(id, dto),
      remove: (id) => categories.remove(id),
      viewData: {
        formLevel: FORM_LEVEL,
        applicantTypes: APPLICANT_TYPES,
        eligibilityNumbers: ELIGIBILITY_NUMBERS,
        eligibilityFlags: ELIGIBILITY_FLAGS,
        eligibilityChoices: ELIGIBILITY_CHOICES,
      },
    };
    this.question = {
      section: 'questions',
      view: 'organizer/question-form',
      idName: 'questionId',
      itemsOf: (contest) => contest.questions,
      blank: () => questionFormValuesOf({ kind: QuestionKind.shortText }),
      valuesOf: questionFormValuesOf,
      valuesOfItem: questionFormValuesOfQuestion,
      toDto: toQuestionDto,
      create: (contestId, dto) => questions.create(contestId, dto),
      update: (id, dto) => questions.update(id, dto),
      remove: (id) => questions.remove(id),
      viewData: { kinds: Object.values(QuestionKind) },
    };
  }

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
      notice: sectionNotice(query, ITEM_NOTICES, itemNotice),
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
    return this.forms.show(request, reply, contest, this.category, categoryId);
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
    return this.forms.save(request, reply, contest, this.category, categoryId, body);
  }

  @Post('categories/:categoryId/delete')
  async deleteCategory(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('categoryId', PageIdPipe) categoryId: string,
  ) {
    const contest = await this.contests.getForOrganizers(id);
    return this.forms.delete(request, reply, contest, this.category, categoryId);
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
      notice: sectionNotice(query, ITEM_NOTICES, itemNotice),
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
    return this.forms.show(request, reply, contest, this.question, questionId);
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
    return this.forms.save(request, reply, contest, this.question, questionId, body);
  }

  @Post('questions/:questionId/delete')
  async deleteQuestion(
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Param('id', PageIdPipe) id: string,
    @Param('questionId', PageIdPipe) questionId: string,
  ) {
    const contest = await this.contests.getForOrganizers(id);
    return this.forms.delete(request, reply, contest, this.question, questionId);
  }
}
