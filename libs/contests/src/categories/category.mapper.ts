import { effectiveRules } from '../eligibility/eligibility-rules';
import type { EligibilityRules } from '../eligibility/eligibility-rules';
import type { Category } from './category.entity';

export interface CategoryResponse {
  id: string;
  key: string;
  nameVi: string;
  nameEn: string;
  descriptionVi: string | null;
  descriptionEn: string | null;
  /** The category's own overrides. */
  eligibility: EligibilityRules | null;
  /** The contest's rules with the overrides on top: what an entry in this category must meet. */
  effectiveEligibility: EligibilityRules;
  position: number;
}

export function toCategoryResponse(
  category: Category,
  contestRules: EligibilityRules | null,
): CategoryResponse {
  return {
    id: category.id,
    key: category.key,
    nameVi: category.nameVi,
    nameEn: category.nameEn,
    descriptionVi: category.descriptionVi,
    descriptionEn: category.descriptionEn,
    eligibility: category.eligibility,
    effectiveEligibility: effectiveRules(contestRules, category.eligibility),
    position: category.position,
  };
}
