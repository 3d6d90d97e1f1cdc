import type { ContestQuestion, QuestionKind } from './contest-question.entity';

export interface QuestionResponse {
  id: string;
  key: string;
  labelVi: string;
  labelEn: string;
  kind: QuestionKind;
  required: boolean;
  options: string[] | null;
  position: number;
}

export function toQuestionResponse(question: ContestQuestion): QuestionResponse {
  return {
    id: question.id,
    key: question.key,
    labelVi: question.labelVi,
    labelEn: question.labelEn,
    kind: question.kind,
    required: Boolean(question.required),
    options: question.options,
    position: question.position,
  };
}
