import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Role } from '@app/accounts';
import type { Principal } from '@app/accounts';
import { DomainError, ErrorCode, selectRow, selectRows } from '@app/platform';
import { Attachment, AttachmentKind } from '../attachments/attachment.entity';
import { MemberConfirmation, TeamMember } from '../members/team-member.entity';
import { Entry, EntryStatus } from './entry.entity';

export interface LoadOptions {
  /** Lock the row for the rest of the transaction (MySQL; SQLite transactions are serialised). */
  lock?: boolean;
  /** Only the owner, even for organizers: the routes that change an entry. */
  ownerOnly?: boolean;
}

const READS_ANY_ENTRY: ReadonlySet<Role> = new Set([Role.organizer, Role.admin]);

/** Queries of entries that are more than a `find`, scoped to who is asking. */
@Injectable()
export class EntryRepository {
  /**
   * The entry as the caller may see it. Another team's entry is "not found", never
   * "forbidden": its existence is not the caller's business.
   */
  async findForCaller(
    manager: EntityManager,
    id: string,
    principal: Principal,
    options: LoadOptions = {},
  ): Promise<Entry> {
    const anyEntry = !options.ownerOnly && READS_ANY_ENTRY.has(principal.role);
    const entry = await selectRow(
      manager,
      Entry,
      anyEntry ? { id } : { id, ownerId: principal.userId },
      { forUpdate: options.lock },
    );
    if (!entry) throw new DomainError(ErrorCode.NOT_FOUND, 'Entry not found');
    return entry;
  }

  members(manager: EntityManager, entryId: string): Promise<TeamMember[]> {
    return selectRows(manager, TeamMember, { entryId }, { orderBy: { position: 'ASC' } });
  }

  attachments(manager: EntityManager, entryId: string): Promise<Attachment[]> {
    return selectRows(manager, Attachment, { entryId }, { orderBy: { createdAt: 'ASC' } });
  }

  countAttachments(manager: EntityManager, entryId: string, kind: AttachmentKind): Promise<number> {
    return manager.count(Attachment, { where: { entryId, kind } });
  }

  /**
   * E-mails of these people who confirmed a place on another entry of the contest that is
   * not withdrawn (leaders are confirmed). Someone only listed there is not taken.
   */
  async emailsInOtherEntries(
    manager: EntityManager,
    contestId: string,
    emails: string[],
    exceptEntryId: string | null,
  ): Promise<Set<string>> {
    if (emails.length === 0) return new Set();
    const query = manager
      .createQueryBuilder(TeamMember, 'member')
      .innerJoin(Entry, 'entry', 'entry.id = member.entryId')
      .select('member.email', 'email')
      .where('member.contestId = :contestId', { contestId })
      .andWhere('member.email IN (:...emails)', { emails })
      .andWhere('member.confirmation = :confirmed', { confirmed: MemberConfirmation.confirmed })
      .andWhere('entry.status <> :withdrawn', { withdrawn: EntryStatus.withdrawn });
    if (exceptEntryId) query.andWhere('member.entryId <> :exceptEntryId', { exceptEntryId });
    const rows = await query.getRawMany<{ email: string }>();
    return new Set(rows.map((row) => row.email.toLowerCase()));
  }

  /** Whether a public code is already used (codes are unique across contests). */
  async codeTaken(manager: EntityManager, code: string): Promise<boolean> {
    return (await manager.count(Entry, { where: { code } })) > 0;
  }

  ownedBy(manager: EntityManager, ownerId: string): Promise<Entry[]> {
    return manager.find(Entry, { where: { ownerId }, order: { createdAt: 'DESC' } });
  }
}
