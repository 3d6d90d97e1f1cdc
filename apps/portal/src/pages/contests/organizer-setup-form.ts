import { CreateCategoryDto, CreateQuestionDto } from '@app/contests';
import type { CategoryResponse, QuestionResponse } from '@app/contests';
import {
  eligibilityInputsOf,
  eligibilityInputsOfRules,
  eligibilityPlain,
} from './organizer-contest-form';
import {
  FormBody,
  requireFilled,
  Row,
  texts,
  validateAs,
  Validated,
  wholeNumber,
} from './organizer-form-input';

const CATEGORY_INPUTS = ['key', 'nameVi', 'nameEn', 'descriptionVi', 'descriptionEn', 'position'];
const QUESTION_INPUTS = ['key', 'labelVi', 'labelEn', 'kind', 'required', 'options', 'position'];

export interface CategoryFormValues {
  inputs: Row;
  eligibility: Row;
  applicantTypes: string[];
}

export function categoryFormValuesOf(body: FormBody): CategoryFormValues {
  return { inputs: texts(body, CATEGORY_INPUTS), ...eligibilityInputsOf(body) };
}

export function categoryFormValuesOfCategory(category: CategoryResponse): CategoryFormValues {
  return {
    inputs: {
      key: category.key,
      nameVi: category.nameVi,
      nameEn: category.nameEn,
      descriptionVi: category.descriptionVi ?? '',
      descriptionEn: category.descriptionEn ?? '',
      position: String(category.position),
    },
    ...eligibilityInputsOfRules(category.eligibility),
  };
}

/** The category form as the service's DTO; the same shape serves creating and updating. */
export function toCategoryDto(values: CategoryFormValues): Validated<CreateCategoryDto> {
  const v = values.inputs;
  const missing = requireFilled(v, ['key', 'nameVi', 'nameEn']);
  const eligibility = eligibilityPlain(values.eligibility, values.applicantTypes);
  const plain: Record<string, unknown> = {
    key: v.key,
    nameVi: v.nameVi,
    nameEn: v.nameEn,
    descriptionVi: v.descriptionVi.trim() ? v.descriptionVi : null,
    descriptionEn: v.descriptionEn.trim() ? v.descriptionEn : null,
    eligibility,
  };
  const position = wholeNumber(v.position);
  if (position !== null) plain.position = position;
  const result = validateAs(CreateCategoryDto, plain);
  if (!result.ok || Object.keys(missing).length > 0)
    return { ok: false, errors: { ...(result.ok ? {} : result.errors), ...missing } };
  return result;
}

export function questionFormValuesOf(body: FormBody): Row {
  return texts(body, QUESTION_INPUTS);
}

export function questionFormValuesOfQuestion(question: QuestionResponse): Row {
  return {
    key: question.key,
    labelVi: question.labelVi,
    labelEn: question.labelEn,
    kind: question.kind,
    required: question.required ? 'on' : '',
    options: (question.options ?? []).join('\n'),
    position: String(question.position),
  };
}

/** Options of a choice question are typed one per line. */
export function toQuestionDto(v: Row): Validated<CreateQuestionDto> {
  const missing = requireFilled(v, ['key', 'labelVi', 'labelEn', 'kind']);
  const options = v.options
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const plain: Record<string, unknown> = {
    key: v.key,
    labelVi: v.labelVi,
    labelEn: v.labelEn,
    kind: v.kind,
    required: Boolean(v.required),
    options: v.kind === 'choice' ? options : null,
  };
  const position = wholeNumber(v.position);
  if (position !== null) plain.position = position;
  const result = validateAs(CreateQuestionDto, plain);
  if (!result.ok || Object.keys(missing).length > 0)
    return { ok: false, errors: { ...(result.ok ? {} : result.errors), ...missing } };
  return result;
}
