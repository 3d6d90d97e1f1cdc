import type { EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '@app/platform';
import { Contest } from './contest.entity';

/**
 * How a request names a contest: the API by id (one path template per resource), the
 * public pages and `/contests/by-slug/{slug}` by the slug in their address.
 */
export type ContestKey = { id: string } | { slug: string };

export async function contestOrFail(manager: EntityManager, id: string): Promise<Contest> {
  const contest = await manager.findOne(Contest, { where: { id } });
  if (!contest) throw new DomainError(ErrorCode.NOT_FOUND, 'No such contest');
  return contest;
}
