import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import { AuditService } from '../audit/audit.service';
import { SessionService } from '../sessions/session.service';
import { assertAnotherAdministrator } from './administrators';
import { Role } from './role';
import { User } from './user.entity';

/** Where a role change comes from, kept in the audit log. */
export type RoleChangeSource = 'api' | 'admin-page' | 'judge-invitation' | 'cli';

export interface RoleChange {
  /** Null for the command line, where no account acts. */
  actorId: string | null;
  userId: string;
  role: Role;
  by: RoleChangeSource;
}

/**
 * The one place a role changes: the API, the administrator's page, a judge invitation and
 * the command line all come here, so the rules below hold whichever way a role moves.
 * - an administrator cannot take away their own admin role (they would lock themselves
 *   out of the page that undoes it);
 * - the last administrator cannot be demoted;
 * - every change is audited and ends the person's sessions, so the new rights apply at once.
 */
@Injectable()
export class RoleChangeService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  change(change: RoleChange): Promise<User> {
    return this.tx.run((manager) => this.applyRoleChange(manager, change));
  }

  /** Inside the caller's transaction, for flows that change a role as one step of more. */
  async applyRoleChange(manager: EntityManager, change: RoleChange): Promise<User> {
    const { actorId, userId, role, by } = change;
    const user = await manager.findOne(User, { where: { id: userId } });
    if (!user || user.erasedAt) throw new DomainError(ErrorCode.NOT_FOUND, 'No such user');
    if (user.role === role) return user;
    if (user.role === Role.admin) {
      if (actorId === userId)
        throw new DomainError(
          ErrorCode.OWN_ADMIN_ROLE,
          'An administrator cannot remove their own administrator role; ask another administrator',
        );
      await assertAnotherAdministrator(
        manager,
        userId,
        'This is the only administrator account; appoint another administrator first',
      );
    }
    const previous = user.role;
    await manager.update(User, { id: userId }, { role });
    await this.sessions.revokeAllForUser(manager, userId, 'role_changed');
    await this.audit.record(manager, {
      actorId,
      action: 'user.role_changed',
      subjectType: 'user',
      subjectId: userId,
      data: { from: previous, to: role, by },
    });
    return Object.assign(user, { role });
  }
}
