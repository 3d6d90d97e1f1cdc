import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { toVietnamIso, toVietnamIsoOrNull } from '@app/platform';
import { AuditLog } from '../audit/audit-log.entity';
import { AuthSession } from '../sessions/auth-session.entity';
import { RefreshToken } from '../sessions/refresh-token.entity';
import { SessionService } from '../sessions/session.service';
import { UserToken } from '../tokens/user-token.entity';
import { Role } from '../users/role';
import { User } from '../users/user.entity';
import { assertAnotherAdministrator } from '../users/administrators';
import type {
  DataSubject,
  Erasure,
  PersonalDataContributor,
  TableCoverage,
} from './personal-data-contributor';
import { PersonalDataRegistry } from './personal-data.registry';

/** No argon2 hash looks like this, so no password can ever match it. */
const ERASED_PASSWORD_HASH = '!erased';

type AuditData = Record<string, string | number | boolean | null>;

/** The account itself: profile, consent, sign-in sessions, tokens and the audit trail. */
@Injectable()
export class AccountPersonalData implements PersonalDataContributor, OnModuleInit {
  readonly section = 'account';
  readonly tables: TableCoverage[] = [
    {
      table: 'users',
      personal: {
        email: 'a unique placeholder under erased.invalid: the address can register again',
        fullName: 'the pseudonym "Người dùng đã xoá #…"',
        phone: 'cleared',
        dateOfBirth: 'cleared',
        gender: 'cleared',
        organization: 'cleared',
        district: 'cleared',
        title: 'cleared',
        passwordHash: 'a value no password matches: signing in is impossible',
      },
    },
    { table: 'user_tokens', personal: { userId: 'every token of the person is deleted' } },
    {
      table: 'auth_sessions',
      personal: { userId: 'kept, every session revoked: old tokens and cookies answer 401' },
    },
    {
      table: 'refresh_tokens',
      personal: { sessionId: "the person's sessions' tokens are deleted" },
    },
    {
      table: 'audit_log',
      personal: {
        actorId: 'kept: the trail of who did what names the pseudonymised account',
        data: 'values equal to the e-mail address become the placeholder',
      },
    },
    // Answers replayed to a retried request: ids and codes only, nothing about a person.
    { table: 'idempotency_records', personal: {} },
  ];

  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly sessions: SessionService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async exportData(manager: EntityManager, subject: DataSubject) {
    const user = await manager.findOneByOrFail(User, { id: subject.userId });
    const [sessions, history] = await Promise.all([
      manager.find(AuthSession, { where: { userId: user.id }, order: { createdAt: 'ASC' } }),
      manager.find(AuditLog, {
        where: { subjectType: 'user', subjectId: user.id },
        order: { createdAt: 'ASC' },
      }),
    ]);
    return {
      id: user.id,
      email: user.email,
      fullName: user.fullName,
      phone: user.phone,
      dateOfBirth: user.dateOfBirth,
      gender: user.gender,
      organization: user.organization,
      district: user.district,
      title: user.title,
      locale: user.locale,
      role: user.role,
      emailVerifiedAt: toVietnamIsoOrNull(user.emailVerifiedAt),
      createdAt: toVietnamIso(user.createdAt),
      updatedAt: toVietnamIso(user.updatedAt),
      consent: { version: user.consentVersion, acceptedAt: toVietnamIso(user.consentAt) },
      // When and how the person signed in; never the cookie or token hashes.
      sessions: sessions.map((s) => ({
        kind: s.kind,
        startedAt: toVietnamIso(s.createdAt),
        expiresAt: toVietnamIso(s.expiresAt),
        endedAt: toVietnamIsoOrNull(s.revokedAt),
        endReason: s.revokeReason,
      })),
      history: history.map((a) => ({
        action: a.action,
        at: toVietnamIso(a.createdAt),
        data: a.data,
      })),
    };
  }

  /** The platform keeps at least one administrator: the last one cannot be erased. */
  async assertErasable(manager: EntityManager, subject: DataSubject): Promise<void> {
    if (subject.role !== Role.admin) return;
    await assertAnotherAdministrator(
      manager,
      subject.userId,
      'This is the only administrator account; appoint another administrator first',
    );
  }

  async erase(manager: EntityManager, erasure: Erasure): Promise<void> {
    const { userId } = erasure;
    await manager.update(
      User,
      { id: userId },
      {
        email: erasure.placeholderEmail,
        fullName: erasure.pseudonym,
        phone: null,
        dateOfBirth: null,
        gender: null,
        organization: null,
        district: null,
        title: null,
        passwordHash: ERASED_PASSWORD_HASH,
        emailVerifiedAt: null,
        erasedAt: erasure.now,
      },
    );
    await this.sessions.revokeAllForUser(manager, userId, 'account_erased');
    await manager
      .createQueryBuilder()
      .delete()
      .from(RefreshToken)
      .where('sessionId IN (SELECT s.id FROM auth_sessions s WHERE s.userId = :userId)', {
        userId,
      })
      .execute();
    await manager.delete(UserToken, { userId });
    await this.scrubAuditData(manager, erasure);
  }

  /** Audit data may quote the address (a conflict declared about the person, an invitation). */
  private async scrubAuditData(manager: EntityManager, erasure: Erasure): Promise<void> {
    // LIKE narrows the rows (its `_` wildcard only widens the match); equality decides.
    const rows = await manager
      .createQueryBuilder(AuditLog, 'a')
      .where('a.data LIKE :pattern', { pattern: `%${erasure.email}%` })
      .getMany();
    for (const row of rows) {
      if (!row.data) continue;
      let changed = false;
      const data: AuditData = {};
      for (const [key, value] of Object.entries(row.data)) {
        const quotes = typeof value === 'string' && value.trim().toLowerCase() === erasure.email;
        data[key] = quotes ? erasure.placeholderEmail : value;
        changed ||= quotes;
      }
      if (changed) await manager.update(AuditLog, { id: row.id }, { data });
    }
  }
}
