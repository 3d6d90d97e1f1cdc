import type { EntityManager } from 'typeorm';
import { User } from '@app/accounts';
import { DEFAULT_LOCALE, selectRows, toLocale } from '@app/platform';
import type { Locale } from '@app/platform';
import type { Entry } from '../entries/entry.entity';
import { MemberConfirmation, TeamMember } from './team-member.entity';

type TeamEntry = Pick<Entry, 'id' | 'ownerId'>;

/** Every member's confirmation but a declined place (pending ones are mailed too). */
const NOT_DECLINED = Object.values(MemberConfirmation).filter(
  (confirmation) => confirmation !== MemberConfirmation.declined,
);

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
  known: KnownTeam = {},
): Promise<TeamMailRecipient[]> {
  const byEntry = await teamMailRecipientsByEntry(manager, [entry], contestDefault, known);
  return byEntry.get(entry.id) ?? [];
}

/** An account as far as mail needs it. */
type RecipientAccount = Pick<User, 'id' | 'email' | 'fullName' | 'locale' | 'erasedAt'>;

/**
 * What the caller already read in the same transaction (the submit has the owner as its
 * signed-in caller and has just read the team), so it is not read a second time.
 */
export interface KnownTeam {
  owner?: RecipientAccount;
  /** Every member of the single entry, ordered by position. */
  members?: TeamMember[];
}

/** The same for many entries in three queries (a round decided at once mails every team). */
export async function teamMailRecipientsByEntry(
  manager: EntityManager,
  entries: readonly TeamEntry[],
  contestDefault: Locale = DEFAULT_LOCALE,
  known: KnownTeam = {},
): Promise<Map<string, TeamMailRecipient[]>> {
  const result = new Map<string, TeamMailRecipient[]>();
  if (entries.length === 0) return result;
  const single = entries.length === 1;
  // Plain-SQL reads (selectRows): announcing a contest reads thousands of teams here.
  const [owners, members] = await Promise.all([
    single && known.owner?.id === entries[0].ownerId
      ? [known.owner]
      : selectRows(manager, User, { id: [...new Set(entries.map((e) => e.ownerId))] }),
    single && known.members
      ? known.members.filter((m) => m.confirmation !== MemberConfirmation.declined)
      : selectRows(
          manager,
          TeamMember,
          { entryId: entries.map((e) => e.id), confirmation: NOT_DECLINED },
          { orderBy: { position: 'ASC' } },
        ),
  ]);
  // Owners are accounts too (e-mails are unique): a member who is an owner needs no lookup.
  const accountByEmail = new Map<string, RecipientAccount>(
    owners.filter((owner) => !owner.erasedAt).map((owner) => [owner.email, owner]),
  );
  const emails = [
    ...new Set(members.map((m) => normalised(m.email)).filter((e) => e !== '')),
  ].filter((email) => !accountByEmail.has(email));
  const accounts = await selectRows(manager, User, { email: emails });
  // Indexed once: a decided round mails thousands of teams in one call.
  const ownerById = new Map<string, RecipientAccount>(owners.map((owner) => [owner.id, owner]));
  for (const account of accounts) if (!account.erasedAt) accountByEmail.set(account.email, account);
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
