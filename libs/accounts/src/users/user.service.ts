import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import {
  DomainError,
  ErrorCode,
  isUniqueViolation,
  Locale,
  TransactionRunner,
} from '@app/platform';
import { AuditService } from '../audit/audit.service';
import { assertAcceptablePassword } from '../passwords/password-policy';
import { PasswordHasher } from '../passwords/password-hasher';
import { CONSENT_VERSION } from './consent';
import { normaliseEmail } from './email-address';
import { Role } from './role';
import { User } from './user.entity';

export { normaliseEmail };

export interface NewUser {
  email: string;
  /** From `hashNewPassword`: hashing happens before the transaction, not while holding it. */
  passwordHash: string;
  fullName: string;
  role: Role;
  locale: Locale;
  phone?: string | null;
  organization?: string | null;
  emailVerified?: boolean;
}

@Injectable()
export class UserService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly hasher: PasswordHasher,
    private readonly tx: TransactionRunner,
    private readonly auditLog: AuditService,
  ) {}

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOne({ where: { email: normaliseEmail(email) } });
  }

  findById(id: string): Promise<User | null> {
    return this.users.findOne({ where: { id } });
  }

  /** Checks a new password against the policy and hashes it. */
  hashNewPassword(password: string, email: string, field = 'password'): Promise<string> {
    assertAcceptablePassword(password, normaliseEmail(email), field);
    return this.hasher.hash(password);
  }

  /** Inserts a user inside the caller's transaction. Consent is recorded with its version and time. */
  async create(manager: EntityManager, input: NewUser, now = new Date()): Promise<User> {
    const user = manager.create(User, {
      email: normaliseEmail(input.email),
      passwordHash: input.passwordHash,
      fullName: input.fullName,
      phone: input.phone ?? null,
      organization: input.organization ?? null,
      dateOfBirth: null,
      gender: null,
      district: null,
      title: null,
      locale: input.locale,
      role: input.role,
      emailVerifiedAt: input.emailVerified ? now : null,
      consentVersion: CONSENT_VERSION,
      consentAt: now,
      erasedAt: null,
    });
    try {
      await manager.insert(User, user);
    } catch (error) {
      if (isUniqueViolation(error))
        throw new DomainError(ErrorCode.EMAIL_TAKEN, 'An account with this e-mail already exists');
      throw error;
    }
    return user;
  }

  /** Records a change to a user in the audit log, inside the caller's transaction. */
  async recordAudit(
    manager: EntityManager,
    actorId: string | null,
    action: string,
    userId: string,
    data: Record<string, string>,
  ): Promise<void> {
    await this.auditLog.record(manager, {
      actorId,
      action,
      subjectType: 'user',
      subjectId: userId,
      data,
    });
  }
}
