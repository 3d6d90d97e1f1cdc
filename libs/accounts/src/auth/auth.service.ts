import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  AppConfig,
  BackgroundWork,
  DomainError,
  ErrorCode,
  Locale,
  TransactionRunner,
} from '@app/platform';
import { OutboxService } from '@app/notifications';
import { PasswordHasher } from '../passwords/password-hasher';
import { SessionService } from '../sessions/session.service';
import { AuthRateLimiter } from '../throttling/auth-rate-limiter';
import { TokenPurpose } from '../tokens/user-token.entity';
import { UserTokenService } from '../tokens/user-token.service';
import { Role } from '../users/role';
import { User } from '../users/user.entity';
import { normaliseEmail, UserService } from '../users/user.service';

export interface RegisterInput {
  email: string;
  password: string;
  fullName: string;
  phone?: string | null;
  organization?: string | null;
  locale: Locale;
  /** The explicit, unticked-by-default consent to personal-data processing. */
  consent?: boolean;
}

/**
 * Registration, e-mail verification, credentials and password recovery. Each state change
 * writes its mail to the outbox in the same transaction. Every attempt is counted by the
 * AuthRateLimiter first (by account and client address, by link, by account), whether it
 * comes from a page or the API. `client` is the caller's address (`ClientAddress`).
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly users: UserService,
    private readonly tokens: UserTokenService,
    private readonly sessions: SessionService,
    private readonly hasher: PasswordHasher,
    private readonly outbox: OutboxService,
    private readonly tx: TransactionRunner,
    private readonly config: AppConfig,
    private readonly limiter: AuthRateLimiter,
    private readonly background: BackgroundWork,
  ) {}

  async register(input: RegisterInput, client: string): Promise<User> {
    await this.limiter.register(input.email, client);
    if (input.consent !== true) {
      throw new DomainError(
        ErrorCode.CONSENT_REQUIRED,
        'Consent to the processing of personal data is required',
        [{ field: 'consent', code: 'consentRequired', messages: ['consent is required'] }],
      );
    }
    const passwordHash = await this.users.hashNewPassword(input.password, input.email);
    return this.tx.run(async (manager) => {
      const user = await this.users.create(manager, {
        ...input,
        passwordHash,
        role: Role.applicant,
      });
      await this.sendVerificationLink(manager, user);
      return user;
    });
  }

  async verifyEmail(token: unknown): Promise<User> {
    if (typeof token === 'string') await this.limiter.linkUse(token);
    return this.tx.run(async (manager) => {
      const userId = await this.tokens.consume(manager, token, TokenPurpose.verifyEmail);
      const user = await manager.findOneOrFail(User, { where: { id: userId } });
      if (!user.emailVerifiedAt) {
        user.emailVerifiedAt = new Date();
        await manager.update(User, { id: user.id }, { emailVerifiedAt: user.emailVerifiedAt });
        await this.outbox.enqueue(manager, {
          dedupeKey: `welcome:${user.id}`,
          recipientEmail: user.email,
          recipientUserId: user.id,
          template: 'welcome',
          locale: toMailLocale(user.locale),
          data: { fullName: user.fullName, link: `${this.config.publicUrl}/login` },
        });
      }
      return user;
    });
  }

  /** Sends a new verification link (the previous ones stop working). */
  async resendVerification(userId: string): Promise<void> {
    await this.tx.run(async (manager) => {
      const user = await manager.findOneOrFail(User, { where: { id: userId } });
      if (user.emailVerifiedAt) return;
      await this.tokens.invalidateAll(manager, user.id, TokenPurpose.verifyEmail);
      await this.sendVerificationLink(manager, user);
    });
  }

  /**
   * The same error, and about the same time, whether the e-mail is unknown or the password
   * wrong. Counted per account and client address before the password is hashed, so
   * failures from other addresses never refuse the owner's right password (until the
   * per-account backstop, see auth-limits.ts).
   */
  async validateCredentials(email: unknown, password: unknown, client: string): Promise<User> {
    if (typeof email !== 'string' || typeof password !== 'string' || password.length > 1024)
      throw invalidCredentials();
    await this.limiter.signIn(email, client);
    const user = await this.users.findByEmail(email);
    const ok = user
      ? await this.hasher.verify(user.passwordHash, password)
      : await this.hasher.verifyAgainstDummy(password);
    if (!user || !ok) throw invalidCredentials();
    return user;
  }

  /**
   * Answers the same whether or not the address exists, and does the same work before
   * answering: the request is counted against its limits, then the caller gets its answer
   * while looking the address up, issuing the token and writing the mail happen after it
   * (BackgroundWork). The response time therefore cannot tell whether an account exists.
   * Nothing is lost by not waiting: the answer never promised a mail.
   */
  async forgotPassword(email: string, locale: Locale, client: string): Promise<void> {
    await this.limiter.forgotPassword(email, client);
    this.background.start('password reset link', () => this.sendResetLink(email, locale));
  }

  private async sendResetLink(email: string, locale: Locale): Promise<void> {
    const user = await this.users.findByEmail(normaliseEmail(email));
    if (!user) return;
    await this.tx.run(async (manager) => {
      const { token, id } = await this.tokens.issue(manager, user.id, TokenPurpose.resetPassword);
      await this.outbox.enqueue(manager, {
        dedupeKey: `password-reset:${id}`,
        recipientEmail: user.email,
        recipientUserId: user.id,
        template: 'password-reset',
        locale,
        data: { fullName: user.fullName, link: this.link('/reset-password', token) },
      });
    });
  }

  /** A reset ends every session and every other outstanding reset link. */
  async resetPassword(token: unknown, newPassword: string): Promise<void> {
    if (typeof token === 'string') await this.limiter.linkUse(token);
    // Check the token and hash the new password outside the transaction (hashing is slow);
    // then claim the token inside it: of parallel uses exactly one succeeds.
    const userId = await this.tokens.peek(this.tx.manager, token, TokenPurpose.resetPassword);
    const user = await this.users.findById(userId);
    if (!user)
      throw new DomainError(
        ErrorCode.INVALID_TOKEN,
        'This link is not valid or has already been used',
      );
    const passwordHash = await this.users.hashNewPassword(newPassword, user.email, 'newPassword');
    await this.tx.run(async (manager) => {
      await this.tokens.consume(manager, token, TokenPurpose.resetPassword);
      await manager.update(User, { id: user.id }, { passwordHash });
      await this.tokens.invalidateAll(manager, user.id, TokenPurpose.resetPassword);
      await this.sessions.revokeAllForUser(manager, user.id, 'password_reset');
      await this.passwordChangedMail(manager, user);
    });
  }

  /**
   * An invited account's first password, through the mailed set-password link. The link
   * proves the address, so the account is verified at the same time.
   */
  async setPassword(token: unknown, newPassword: string): Promise<User> {
    if (typeof token === 'string') await this.limiter.linkUse(token);
    const userId = await this.tokens.peek(this.tx.manager, token, TokenPurpose.setPassword);
    const user = await this.users.findById(userId);
    if (!user)
      throw new DomainError(
        ErrorCode.INVALID_TOKEN,
        'This link is not valid or has already been used',
      );
    const passwordHash = await this.users.hashNewPassword(newPassword, user.email, 'newPassword');
    const emailVerifiedAt = user.emailVerifiedAt ?? new Date();
    await this.tx.run(async (manager) => {
      await this.tokens.consume(manager, token, TokenPurpose.setPassword);
      await manager.update(User, { id: user.id }, { passwordHash, emailVerifiedAt });
      await this.tokens.invalidateAll(manager, user.id, TokenPurpose.setPassword);
      await this.sessions.revokeAllForUser(manager, user.id, 'password_reset');
    });
    return { ...user, passwordHash, emailVerifiedAt };
  }

  async changePassword(
    userId: string,
    currentPassword: string,
    newPassword: string,
    keepSessionId?: string,
  ): Promise<void> {
    await this.limiter.passwordChange(userId);
    const user = await this.users.findById(userId);
    if (!user || !(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw new DomainError(ErrorCode.INVALID_CREDENTIALS, 'The current password is not correct', [
        { field: 'currentPassword', code: 'wrongPassword', messages: ['not correct'] },
      ]);
    }
    const passwordHash = await this.users.hashNewPassword(newPassword, user.email, 'newPassword');
    await this.tx.run(async (manager) => {
      await manager.update(User, { id: user.id }, { passwordHash });
      await this.sessions.revokeAllForUser(manager, user.id, 'password_changed', keepSessionId);
      await this.passwordChangedMail(manager, user);
    });
  }

  private async sendVerificationLink(manager: EntityManager, user: User): Promise<void> {
    const { token, id } = await this.tokens.issue(manager, user.id, TokenPurpose.verifyEmail);
    await this.outbox.enqueue(manager, {
      dedupeKey: `verify-email:${id}`,
      recipientEmail: user.email,
      recipientUserId: user.id,
      template: 'verify-email',
      locale: toMailLocale(user.locale),
      data: { fullName: user.fullName, link: this.link('/verify-email', token) },
    });
  }

  private async passwordChangedMail(manager: EntityManager, user: User): Promise<void> {
    const now = new Date();
    await this.outbox.enqueue(manager, {
      dedupeKey: `password-changed:${user.id}:${now.getTime()}`,
      recipientEmail: user.email,
      recipientUserId: user.id,
      template: 'password-changed',
      locale: toMailLocale(user.locale),
      data: { fullName: user.fullName, time: now.toISOString() },
    });
  }

  /** Links are built from PUBLIC_URL, never from the request's Host header. */
  private link(path: string, token: string): string {
    return `${this.config.publicUrl}${path}?token=${encodeURIComponent(token)}`;
  }
}

function invalidCredentials(): DomainError {
  return new DomainError(ErrorCode.INVALID_CREDENTIALS, 'The e-mail or password is not correct');
}

function toMailLocale(locale: string): Locale {
  return locale === 'en' ? 'en' : 'vi';
}
