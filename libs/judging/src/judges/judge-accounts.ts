import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PasswordHasher, Role, RoleChangeService, User, UserService } from '@app/accounts';
import { ContestParticipation } from '@app/entries';
import { DomainError, ErrorCode } from '@app/platform';
import type { Locale } from '@app/platform';

export interface JudgeAccount {
  user: User;
  created: boolean;
}

/**
 * The account an invitation goes to. Judges are users with role `judge`:
 * - no account: one is created with role judge, unverified, with a password nobody knows
 *   until the person chooses one through the mailed set-password link;
 * - an applicant becomes a judge, unless they take part in this contest (own an entry or
 *   confirmed a place on a team; being listed by someone else is not taking part): a
 *   participant cannot judge the contest. Their sessions end so the new role applies at
 *   once; as a judge they no longer use the applicant routes;
 * - an organizer cannot be a judge (judge routes do not admit organizers); an admin can.
 */
@Injectable()
export class JudgeAccounts {
  constructor(
    private readonly users: UserService,
    private readonly hasher: PasswordHasher,
    private readonly roles: RoleChangeService,
    private readonly participation: ContestParticipation,
  ) {}

  /** Hashed before the transaction (hashing is slow); only needed when the account is new. */
  unusablePasswordHash(): Promise<string> {
    return this.hasher.hash(randomBytes(32).toString('base64url'));
  }

  async resolve(
    manager: EntityManager,
    input: {
      contestId: string;
      email: string;
      fullName?: string;
      locale: Locale;
      actorId: string;
      newPasswordHash: () => Promise<string>;
    },
  ): Promise<JudgeAccount> {
    const existing = await manager.findOne(User, { where: { email: input.email } });
    if (existing?.role === Role.organizer)
      throw new DomainError(ErrorCode.CANNOT_JUDGE, 'An organizer account cannot be a judge');
    // Asked of the address too: a member confirms a place without needing an account.
    if (
      await this.participation.takesPart(manager, input.contestId, {
        userId: existing?.id ?? null,
        email: existing?.email ?? input.email,
      })
    )
      throw new DomainError(
        ErrorCode.CANNOT_JUDGE,
        'This person takes part in the contest and cannot judge it',
      );
    if (!existing) {
      const user = await this.users.create(manager, {
        email: input.email,
        passwordHash: await input.newPasswordHash(),
        fullName: input.fullName ?? input.email.split('@')[0],
        role: Role.judge,
        locale: input.locale,
        emailVerified: false,
      });
      await this.users.recordAudit(manager, input.actorId, 'user.created', user.id, {
        role: Role.judge,
        by: 'judge-invitation',
      });
      return { user, created: true };
    }
    if (existing.role === Role.applicant) {
      const user = await this.roles.applyRoleChange(manager, {
        actorId: input.actorId,
        userId: existing.id,
        role: Role.judge,
        by: 'judge-invitation',
      });
      return { user, created: false };
    }
    return { user: existing, created: false };
  }
}
