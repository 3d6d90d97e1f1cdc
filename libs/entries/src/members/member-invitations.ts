import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { hashToken, newSecretToken, User } from '@app/accounts';
import type { Contest } from '@app/contests';
import { Notification, OutboxService } from '@app/notifications';
import type { MailTemplate } from '@app/notifications';
import { AppConfig, toLocale } from '@app/platform';
import type { Entry } from '../entries/entry.entity';
import { invitationExpiresAt, nextInvitationAllowedAt } from './member-confirmation';

export const MEMBERSHIP_MAIL = 'team-membership' satisfies MailTemplate;

export interface InvitationContext {
  entry: Pick<Entry, 'id' | 'code' | 'title'>;
  contest: Pick<Contest, 'nameVi' | 'nameEn'>;
  leader: Pick<User, 'fullName' | 'locale'>;
}

/** The member row's columns of a mailed link. */
export interface InvitationColumns {
  invitationTokenHash: string;
  invitedAt: Date;
}

export type InvitationOutcome =
  { sent: true; columns: InvitationColumns } | { sent: false; retryAt: Date };

/**
 * Confirmation mails to listed team members. Each carries a new single-use secret (256
 * bits, only its SHA-256 kept on the member row); the mail is an outbox row written in the
 * transaction that lists the member, so it exists exactly when the listing does.
 *
 * The cool-down is read from the outbox itself: its rows are the record of what was mailed,
 * and they outlive a member row removed and listed again. Callers hold the entry's row
 * lock, so two edits of one team cannot both pass the check.
 */
@Injectable()
export class MemberInvitations {
  constructor(
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  async invite(
    manager: EntityManager,
    context: InvitationContext,
    member: { fullName: string; email: string },
    now = new Date(),
  ): Promise<InvitationOutcome> {
    const prefix = dedupePrefix(context.entry.id, member.email);
    const retryAt = nextInvitationAllowedAt(await this.lastMailedAt(manager, prefix));
    if (retryAt && retryAt.getTime() > now.getTime()) return { sent: false, retryAt };

    const token = newSecretToken();
    const person = await manager.findOne(User, {
      where: { email: member.email },
      select: { id: true, locale: true },
    });
    // Someone with an account reads their own language; anyone else the leader's.
    const locale = toLocale(person?.locale ?? context.leader.locale);
    const link = `${this.config.publicUrl}/membership?token=${token}`;
    await this.outbox.enqueue(manager, {
      dedupeKey: `${prefix}${now.getTime()}`,
      recipientEmail: member.email,
      recipientUserId: person?.id ?? null,
      template: MEMBERSHIP_MAIL,
      locale,
      data: {
        fullName: member.fullName,
        leaderName: context.leader.fullName,
        title: context.entry.title,
        code: context.entry.code,
        contestName: locale === 'en' ? context.contest.nameEn : context.contest.nameVi,
        link,
        declineLink: `${link}&answer=decline`,
        expiresAt: invitationExpiresAt(now).toISOString(),
      },
    });
    return { sent: true, columns: { invitationTokenHash: hashToken(token), invitedAt: now } };
  }

  /**
   * The time in the newest dedupe key under the prefix. Keys end in a 13-digit millisecond
   * time, so the greatest key is the latest mail (and no clock of the database is involved).
   */
  private async lastMailedAt(manager: EntityManager, prefix: string): Promise<Date | null> {
    const row = await manager
      .createQueryBuilder(Notification, 'n')
      .select('n.dedupeKey', 'dedupeKey')
      .where('n.dedupeKey LIKE :prefix', { prefix: `${prefix}%` })
      .orderBy('n.dedupeKey', 'DESC')
      .limit(1)
      .getRawOne<{ dedupeKey: string }>();
    const ms = Number(row?.dedupeKey.slice(prefix.length));
    return Number.isFinite(ms) && ms > 0 ? new Date(ms) : null;
  }
}

/**
 * `team-membership:<entry id>:<first 16 hex of the address's SHA-256>:` (the address itself
 * could be 254 characters; the key column is 191). Only [a-z0-9:-], so nothing in it is a
 * LIKE wildcard.
 */
function dedupePrefix(entryId: string, email: string): string {
  const address = createHash('sha256').update(email.toLowerCase(), 'utf8').digest('hex');
  return `${MEMBERSHIP_MAIL}:${entryId}:${address.slice(0, 16)}:`;
}
