import { EntityManager, IsNull } from 'typeorm';
import { DomainError, ErrorCode } from '@app/platform';
import { Role } from './role';
import { User } from './user.entity';

/**
 * The platform keeps at least one administrator: refuses when `userId` is the only active
 * one. Shared by erasure and role changes, the two ways an administrator can disappear.
 * The admin rows are locked, so two administrators removing each other at once cannot
 * both succeed (SQLite transactions are serialised already).
 */
export async function assertAnotherAdministrator(
  manager: EntityManager,
  userId: string,
  message: string,
): Promise<void> {
  const sqlite = manager.connection.options.type === 'better-sqlite3';
  const admins = await manager.find(User, {
    select: { id: true },
    where: { role: Role.admin, erasedAt: IsNull() },
    ...(sqlite ? {} : { lock: { mode: 'pessimistic_write' as const } }),
  });
  if (!admins.some((admin) => admin.id !== userId))
    throw new DomainError(ErrorCode.LAST_ADMIN, message);
}
