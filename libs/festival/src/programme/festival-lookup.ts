import type { EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '@app/platform';
import { Festival } from './festival.entity';
import type { Audience } from './festival.mapper';

/**
 * The contest's festival, 404 when it has none, and for the public also while it is not
 * published: an unpublished programme does not exist for anyone but organizers.
 */
export async function festivalOrFail(
  manager: EntityManager,
  contestId: string,
  audience: Audience = 'organizers',
): Promise<Festival> {
  const festival = await manager.findOneBy(Festival, { contestId });
  if (!festival || (audience === 'public' && festival.publishedAt === null))
    throw new DomainError(ErrorCode.NOT_FOUND, 'This contest has no festival programme');
  return festival;
}
