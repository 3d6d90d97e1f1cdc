import {
  Body,
  Controller,
  Delete,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Role, Roles } from '@app/accounts';
import {
  CategoryService,
  CreateCategoryDto,
  CreateQuestionDto,
  QuestionService,
  UpdateCategoryDto,
  UpdateQuestionDto,
} from '@app/contests';
import { ErrorCode } from '@app/platform';
import { ApiErrors } from './api-errors';
import { ApiTag } from './api-tags';
import { CategoryResponseDto, QuestionResponseDto } from './responses/contest-response.dto';

/** Categories (bảng) and extra entry-form questions of a contest, for organizers. */
@ApiTags(ApiTag.contests)
@Roles(Role.organizer)
@Controller('api/v1')
export class ContestsSetupController {
  constructor(
    private readonly categories: CategoryService,
    private readonly questions: QuestionService,
  ) {}

  @Post('contests/:id/categories')
  @ApiErrors(ErrorCode.DUPLICATE_KEY)
  @ApiOperation({
    summary: 'Add a category',
    description:
      'Organizers. A category (bảng) of the contest with its own eligibility. 201. 409 DUPLICATE_KEY, 404 NOT_FOUND.',
  })
  @ApiCreatedResponse({ type: CategoryResponseDto })
  createCategory(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: CreateCategoryDto) {
    return this.categories.create(id, dto);
  }

  @Patch('categories/:id')
  @ApiOperation({
    summary: 'Edit a category',
    description: 'Organizers. Changes the fields sent. 404 NOT_FOUND.',
  })
  @ApiOkResponse({ type: CategoryResponseDto })
  updateCategory(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: UpdateCategoryDto) {
    return this.categories.update(id, dto);
  }

  /** 409 CATEGORY_IN_USE while entries use it. */
  @Delete('categories/:id')
  @HttpCode(204)
  @ApiErrors(ErrorCode.CATEGORY_IN_USE)
  @ApiOperation({
    summary: 'Delete a category',
    description: 'Organizers. 204. 409 CATEGORY_IN_USE while entries use it.',
  })
  @ApiNoContentResponse()
  async deleteCategory(@Param('id', new ParseUUIDPipe()) id: string) {
    await this.categories.remove(id);
  }

  @Post('contests/:id/questions')
  @ApiErrors(ErrorCode.DUPLICATE_KEY)
  @ApiOperation({
    summary: 'Add an entry-form question',
    description:
      'Organizers. An extra question of the entry form: short or long text, choice, number or URL. 201. 404 NOT_FOUND.',
  })
  @ApiCreatedResponse({ type: QuestionResponseDto })
  createQuestion(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: CreateQuestionDto) {
    return this.questions.create(id, dto);
  }

  @Patch('questions/:id')
  @ApiOperation({
    summary: 'Edit an entry-form question',
    description: 'Organizers. Changes the fields sent. 404 NOT_FOUND.',
  })
  @ApiOkResponse({ type: QuestionResponseDto })
  updateQuestion(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: UpdateQuestionDto) {
    return this.questions.update(id, dto);
  }

  @Delete('questions/:id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete an entry-form question',
    description: 'Organizers. 204. 404 NOT_FOUND.',
  })
  @ApiNoContentResponse()
  async deleteQuestion(@Param('id', new ParseUUIDPipe()) id: string) {
    await this.questions.remove(id);
  }
}
