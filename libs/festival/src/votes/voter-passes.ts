import type { EntityManager } from 'typeorm';
import { FestivalPass } from '../check-in/festival-pass.entity';

/**
 * The checked-in pass of this festival that an account's e-mail holds, if any; the first
 * issued when one person holds two (a judge who also registered as a guest), so they
 * always vote as the same pass. E-mails compare without case on both databases.
 */
export function checkedInPassOf(
  manager: EntityManager,
  festivalId: string,
  email: string,
): Promise<FestivalPass | null> {
  return manager
    .createQueryBuilder(FestivalPass, 'pass')
    .where('pass.festivalId = :festivalId', { festivalId })
    .andWhere('LOWER(pass.email) = :email', { email: email.toLowerCase() })
    .andWhere('pass.checkedInAt IS NOT NULL')
    .orderBy('pass.createdAt', 'ASC')
    .addOrderBy('pass.id', 'ASC')
    .getOne();
}
