import type { EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '@app/platform';
import { Contest } from './contest.entity';

export async function contestOrFail(manager: EntityManager, id: string): Promise<Contest> {
  const contest = await manager.findOne(Contest, { where: { id } });
  if (!contest) throw new DomainError(ErrorCode.NOT_FOUND, 'No such contest');
  return contest;
}
