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
import { ApiTags } from '@nestjs/swagger';
import { Role, Roles } from '@app/accounts';
import {
  CategoryService,
  CreateCategoryDto,
  CreateQuestionDto,
  QuestionService,
  UpdateCategoryDto,
  UpdateQuestionDto,
} from '@app/contests';

/** Categories (bảng) and extra entry-form questions of a contest, for organizers. */
@ApiTags('contests')
@Roles(Role.organizer)
@Controller('api/v1')
export class ContestsSetupController {
  constructor(
    private readonly categories: CategoryService,
    private readonly questions: QuestionService,
  ) {}

  @Post('contests/:id/categories')
  createCategory(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: CreateCategoryDto) {
    return this.categories.create(id, dto);
  }

  @Patch('categories/:id')
  updateCategory(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: UpdateCategoryDto) {
    return this.categories.update(id, dto);
  }

  /** 409 CATEGORY_IN_USE while entries use it. */
  @Delete('categories/:id')
  @HttpCode(204)
  async deleteCategory(@Param('id', new ParseUUIDPipe()) id: string) {
    await this.categories.remove(id);
  }

  @Post('contests/:id/questions')
  createQuestion(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: CreateQuestionDto) {
    return this.questions.create(id, dto);
  }

  @Patch('questions/:id')
  updateQuestion(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: UpdateQuestionDto) {
    return this.questions.update(id, dto);
  }

  @Delete('questions/:id')
  @HttpCode(204)
  async deleteQuestion(@Param('id', new ParseUUIDPipe()) id: string) {
    await this.questions.remove(id);
  }
}
