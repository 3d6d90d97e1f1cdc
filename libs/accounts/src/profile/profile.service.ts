import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, TransactionRunner } from '@app/platform';
import { AuditService } from '../audit/audit.service';
import { User } from '../users/user.entity';
import { EARLIEST_BIRTH_DATE } from './person-fields';
import type { UpdateProfileDto } from './profile.dto';

const PROFILE_FIELDS = [
  'fullName',
  'phone',
  'organization',
  'district',
  'title',
  'dateOfBirth',
  'gender',
  'locale',
] as const;

/**
 * The person's right to correct their data: they change their own profile. Each change is
 * audited by field name (the values themselves stay out of the log).
 */
@Injectable()
export class ProfileService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** The person corrects their own profile. */
  update(userId: string, dto: UpdateProfileDto): Promise<User> {
    return this.correct(userId, dto, { actorId: userId, by: 'self', reason: null });
  }

  /** An administrator corrects it on the person's written request, whose reference is kept. */
  updateByAdmin(actorId: string, userId: string, dto: UpdateProfileDto, reason: string) {
    return this.correct(userId, dto, { actorId, by: 'admin', reason });
  }

  private async correct(
    userId: string,
    dto: UpdateProfileDto,
    actor: { actorId: string; by: 'self' | 'admin'; reason: string | null },
    now = new Date(),
  ): Promise<User> {
    if (dto.dateOfBirth) assertPlausibleBirthDate(dto.dateOfBirth, now);
    return this.tx.run(async (manager) => {
      const user = await manager.findOne(User, { where: { id: userId } });
      if (!user || user.erasedAt)
        throw actor.by === 'self'
          ? new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in again')
          : new DomainError(ErrorCode.NOT_FOUND, 'No such account');
      // The DTO refuses null for the columns that need a value (full name, locale).
      const changes: Partial<Pick<User, (typeof PROFILE_FIELDS)[number]>> = {};
      for (const field of PROFILE_FIELDS) {
        const value = dto[field];
        if (value !== undefined && value !== user[field])
          Object.assign(changes, { [field]: value });
      }
      const fields = Object.keys(changes);
      if (fields.length === 0) return user;
      await manager.update(User, { id: userId }, changes);
      await this.audit.record(manager, {
        actorId: actor.actorId,
        action: 'user.profile_corrected',
        subjectType: 'user',
        subjectId: userId,
        data: { fields: fields.join(','), by: actor.by, reason: actor.reason },
      });
      return Object.assign(user, changes);
    });
  }
}

/** A real calendar date, not in the future and not before 1900 (a typo such as 0204 or 2204). */
function assertPlausibleBirthDate(date: string, now: Date): void {
  const today = now.toISOString().slice(0, 10);
  const parsed = new Date(`${date}T00:00:00Z`);
  const real = !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
  if (!real || date < EARLIEST_BIRTH_DATE || date > today)
    throw new DomainError(ErrorCode.VALIDATION_FAILED, 'The date of birth is not plausible', [
      {
        field: 'dateOfBirth',
        code: 'outOfRange',
        messages: ['dateOfBirth must be a past date after 1900'],
      },
    ]);
}
