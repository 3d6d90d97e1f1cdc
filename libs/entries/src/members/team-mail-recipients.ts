import { EntityManager, In, Not } from 'typeorm';
import { User } from '@app/accounts';
import { DEFAULT_LOCALE, toLocale } from '@app/platform/i18n/translator';
import type { Locale } from '@app/platform/i18n/translator';
import type { Entry } from '../entries/entry.entity';
import { MemberConfirmation, TeamMember } from './team-member.entity';

type TeamEntry = Pick<Entry, 'id' | 'ownerId'>;

export interface TeamMailRecipient {
  email: string;
  userId: string | null;
  fullName: string;
  locale: Locale;
  leader: boolean;
}

/**
 * Who gets a mail about an entry (receipt, withdrawal, screening result, round outcome):
 * the leader and every listed member with an e-mail address, except one who declined the
 * place. Each in their own language: their account's, or the contest default (Vietnamese)
 * for a member without an account. One address gets one mail, the leader first.
 */
export async function teamMailRecipients(
  manager: EntityManager,
  entry: TeamEntry,
  contestDefault: Locale = DEFAULT_LOCALE,
): Promise<TeamMailRecipient[]> {
  const byEntry = await teamMailRecipientsByEntry(manager, [entry], contestDefault);
  return byEntry.get(entry.id) ?? [];
}

/** The same for many entries in three queries (a round decided at once mails every team). */
export async function teamMailRecipientsByEntry(
  manager: EntityManager,
  entries: readonly TeamEntry[],
  contestDefault: Locale = DEFAULT_LOCALE,
): Promise<Map<string, TeamMailRecipient[]>> {
  const result = new Map<string, TeamMailRecipient[]>();
  if (entries.length === 0) return result;
  const [owners, members] = await Promise.all([
    manager.findBy(User, { id: In([...new Set(entries.map((e) => e.ownerId))]) }),
    manager.find(TeamMember, {
      where: {
        entryId: In(entries.map((e) => e.id)),
        confirmation: Not(MemberConfirmation.declined),
      },
      order: { position: 'ASC' },
    }),
  ]);
  const emails = [...new Set(members.map((m) => normalised(m.email)).filter((e) => e !== ''))];
  const accounts = emails.length ? await manager.findBy(User, { email: In(emails) }) : [];
  // Indexed once: a decided round mails thousands of teams in one call.
  const ownerById = new Map(owners.map((owner) => [owner.id, owner]));
  const accountByEmail = new Map(
    accounts.filter((account) => !account.erasedAt).map((account) => [account.email, account]),
  );
  const membersOf = new Map<string, TeamMember[]>();
  for (const member of members)
    membersOf.set(member.entryId, [...(membersOf.get(member.entryId) ?? []), member]);
  for (const entry of entries) {
    const recipients: TeamMailRecipient[] = [];
    const seen = new Set<string>();
    const owner = ownerById.get(entry.ownerId);
    if (owner && !owner.erasedAt) {
      recipients.push({
        email: owner.email,
        userId: owner.id,
        fullName: owner.fullName,
        locale: toLocale(owner.locale),
        leader: true,
      });
      seen.add(owner.email);
    }
    for (const member of membersOf.get(entry.id) ?? []) {
      const email = normalised(member.email);
      if (email === '' || seen.has(email)) continue;
      seen.add(email);
      const account = accountByEmail.get(email);
      recipients.push({
        email,
        userId: account?.id ?? null,
        fullName: member.fullName,
        locale: account ? toLocale(account.locale) : contestDefault,
        leader: false,
      });
    }
    result.set(entry.id, recipients);
  }
  return result;
}

function normalised(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * The leader keeps the event's own key (the one written before members were mailed, so
 * an event recorded again is still one mail); each member gets the key plus their address.
 */
export function teamDedupeKey(base: string, recipient: TeamMailRecipient): string {
  return recipient.leader ? base : `${base}:${recipient.email}`;
}

/**
 * The parts every team mail about an entry shares for one recipient: the outbox row's
 * addressing (key, address, language) and the data each template starts from.
 */
export function teamMailOf(
  recipient: TeamMailRecipient,
  dedupeKey: string,
  entry: Pick<Entry, 'code' | 'title'>,
  contest: { nameVi: string; nameEn: string } | null,
) {
  const { locale } = recipient;
  return {
    row: {
      dedupeKey: teamDedupeKey(dedupeKey, recipient),
      recipientEmail: recipient.email,
      recipientUserId: recipient.userId,
      locale,
    },
    data: {
      fullName: recipient.fullName,
      code: entry.code,
      title: entry.title,
      contestName: (locale === 'en' ? contest?.nameEn : contest?.nameVi) ?? '',
    },
  };
}
