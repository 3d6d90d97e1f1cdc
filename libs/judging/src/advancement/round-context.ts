import type { EntityManager } from 'typeorm';
import { Category, Contest, Round } from '@app/contests';
import { DomainError, ErrorCode } from '@app/platform';
import type { Locale } from '@app/platform';
import type { ReasonNames } from './reason-text';

/** A round with what its decision and paperwork need around it. */
export interface RoundContext {
  round: Round;
  contest: Contest;
  categories: Category[];
}

export async function loadRoundContext(
  manager: EntityManager,
  roundId: string,
): Promise<RoundContext> {
  const round = await manager.findOneBy(Round, { id: roundId });
  if (!round) throw new DomainError(ErrorCode.NOT_FOUND, 'No such round');
  const contest = await manager.findOneByOrFail(Contest, { id: round.contestId });
  const categories = await manager.find(Category, {
    where: { contestId: contest.id },
    order: { position: 'ASC' },
  });
  return { round, contest, categories };
}

export function reasonNames(context: RoundContext, locale: Locale): ReasonNames {
  const vi = locale === 'vi';
  return {
    categories: Object.fromEntries(
      context.categories.map((c) => [c.key, vi ? c.nameVi : c.nameEn]),
    ),
    criteria: Object.fromEntries(
      context.round.criteria.map((c) => [c.key, vi ? c.labelVi : c.labelEn]),
    ),
  };
}
