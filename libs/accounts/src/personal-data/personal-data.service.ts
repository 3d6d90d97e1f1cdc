import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError, ErrorCode, toVietnamIso, TransactionRunner } from '@app/platform';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from '../passwords/password-hasher';
import { User } from '../users/user.entity';
import { newErasureIdentity } from './erasure-identity';
import type { DataSubject } from './personal-data-contributor';
import { PersonalDataRegistry } from './personal-data.registry';

/** The version of the export document's shape; raised when a section changes incompatibly. */
export const EXPORT_FORMAT = 'personal-data-export/1';

export type PersonalDataExport = {
  format: string;
  generatedAt: string;
  userId: string;
} & Record<string, unknown>;

/** The download's file name, dated by the document (Vietnam time). */
export function exportFileName(document: PersonalDataExport): string {
  return `personal-data-${document.generatedAt.slice(0, 10)}.json`;
}

/** Who asked: the person themselves, or an administrator acting on a written request. */
export type DataRequester =
  { kind: 'self'; userId: string } | { kind: 'admin'; userId: string; reason?: string };

/**
 * The person's rights of access and erasure (Law 91/2025/QH15, Decree 356/2025/ND-CP),
 * orchestrated over every registered contributor: each lib exports and anonymises its own
 * tables, all in one transaction; stored files go after the commit.
 */
@Injectable()
export class PersonalDataService {
  private readonly logger = new Logger(PersonalDataService.name);

  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly tx: TransactionRunner,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  /** Everything the platform holds about the person, as one JSON document. */
  async export(userId: string, requester: DataRequester): Promise<PersonalDataExport> {
    const manager = this.tx.manager;
    const subject = subjectOf(await liveAccount(manager, userId, requester));
    const document: PersonalDataExport = {
      format: EXPORT_FORMAT,
      generatedAt: toVietnamIso(new Date()),
      userId,
    };
    // Sections in name order, whatever order the libs registered in: a stable document.
    const exporters = this.registry
      .all()
      .filter((c) => c.section && c.exportData)
      .sort((a, b) => a.section!.localeCompare(b.section!));
    for (const contributor of exporters)
      document[contributor.section!] = await contributor.exportData!(manager, subject);
    // An administrator reading someone's data leaves a trace; the person's own download does not need one.
    if (requester.kind === 'admin')
      await this.tx.run((m) =>
        this.audit.record(m, {
          actorId: requester.userId,
          action: 'user.data_exported',
          subjectType: 'user',
          subjectId: userId,
          data: { by: 'admin' },
        }),
      );
    return document;
  }

  /** Deleting one's own account: the current password proves it is really them. */
  async eraseOwn(userId: string, password: string): Promise<void> {
    const user = await liveAccount(this.tx.manager, userId, { kind: 'self', userId });
    if (!(await this.hasher.verify(user.passwordHash, password)))
      throw new DomainError(ErrorCode.INVALID_CREDENTIALS, 'The password is not correct', [
        { field: 'password', code: 'wrongPassword', messages: ['not correct'] },
      ]);
    await this.erase(userId, { kind: 'self', userId });
  }

  eraseByAdmin(actorId: string, userId: string, reason: string): Promise<void> {
    return this.erase(userId, { kind: 'admin', userId: actorId, reason });
  }

  private async erase(userId: string, requester: DataRequester): Promise<void> {
    const tasks: Array<() => Promise<void>> = [];
    await this.tx.run(async (manager) => {
      const sqlite = manager.connection.options.type === 'better-sqlite3';
      // The row lock makes two erasures of one person queue up; the second finds it erased.
      const user = await liveAccount(manager, userId, requester, !sqlite);
      const subject = subjectOf(user);
      const contributors = this.registry.all();
      for (const contributor of contributors) await contributor.assertErasable?.(manager, subject);
      const erasure = {
        ...subject,
        ...newErasureIdentity(),
        now: new Date(),
        afterCommit: (task: () => Promise<void>) => void tasks.push(task),
      };
      for (const contributor of contributors) await contributor.erase?.(manager, erasure);
      await this.audit.record(manager, {
        actorId: requester.userId,
        action: 'user.erased',
        subjectType: 'user',
        subjectId: userId,
        data: { by: requester.kind, reason: requester.kind === 'admin' ? requester.reason! : null },
      });
    });
    for (const task of tasks) {
      try {
        await task();
      } catch (error) {
        this.logger.error({ err: error, userId }, 'Clean-up after an erasure failed');
      }
    }
  }
}

function subjectOf(user: User): DataSubject {
  return { userId: user.id, email: user.email.toLowerCase(), role: user.role };
}

/** The account, unless it is unknown or already erased: the person signs in again, an admin gets 404. */
async function liveAccount(
  manager: EntityManager,
  userId: string,
  requester: DataRequester,
  lock = false,
): Promise<User> {
  const user = await manager.findOne(User, {
    where: { id: userId },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (user && !user.erasedAt) return user;
  throw requester.kind === 'self'
    ? new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in again')
    : new DomainError(ErrorCode.NOT_FOUND, 'No such account');
}
