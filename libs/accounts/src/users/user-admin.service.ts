import { Injectable } from '@nestjs/common';
import { Locale, TransactionRunner } from '@app/platform';
import { Role } from './role';
import { User } from './user.entity';
import { UserService } from './user.service';

export interface CreateUserCommand {
  email: string;
  password: string;
  fullName: string;
  role: Role;
  locale?: Locale;
  organization?: string | null;
}

/**
 * Accounts made by an operator (CLI, demo seed): verified at once, since the operator
 * vouches for the address, and recorded in the audit log.
 */
@Injectable()
export class UserAdminService {
  constructor(
    private readonly users: UserService,
    private readonly tx: TransactionRunner,
  ) {}

  async create(command: CreateUserCommand, actor = 'cli'): Promise<User> {
    const passwordHash = await this.users.hashNewPassword(command.password, command.email);
    return this.tx.run(async (manager) => {
      const user = await this.users.create(manager, {
        email: command.email,
        passwordHash,
        fullName: command.fullName,
        role: command.role,
        locale: command.locale ?? 'vi',
        organization: command.organization ?? null,
        emailVerified: true,
      });
      await this.users.recordAudit(manager, null, 'user.created', user.id, {
        role: command.role,
        by: actor,
      });
      return user;
    });
  }
}
