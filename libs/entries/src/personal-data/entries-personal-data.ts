import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import { PersonalDataRegistry } from '@app/accounts';
import type { DataSubject, Erasure, PersonalDataContributor, TableCoverage } from '@app/accounts';
import { Category, Contest } from '@app/contests';
import { FileStorage, toVietnamIsoOrNull } from '@app/platform';
import { Attachment } from '../attachments/attachment.entity';
import { Entry, EntryStatus } from '../entries/entry.entity';
import { entryFormFields, toTeamMemberResponse } from '../entries/entry.mapper';
import { EntryEvent } from '../history/entry-event.entity';
import { TeamMember } from '../members/team-member.entity';
import { memberSearchText } from '../listing/search-text';
import { EntrySnapshot } from '../snapshots/entry-snapshot.entity';

const MEMBER_OF = 'm.userId = :userId OR m.email = :email';

/**
 * Entries in a person's data rights. Export: the entries they lead or are a team member of,
 * with answers and the list of files. Erasure: drafts they lead (never submitted, so not
 * part of any contest record) go with their files; every team row naming them, in any
 * entry and in the frozen submissions, gets the pseudonym; submitted entries stay.
 */
@Injectable()
export class EntriesPersonalData implements PersonalDataContributor, OnModuleInit {
  private readonly logger = new Logger(EntriesPersonalData.name);
  readonly section = 'entries';
  readonly tables: TableCoverage[] = [
    {
      table: 'entries',
      personal: {
        ownerId:
          'drafts the person leads are deleted with their files; submitted entries stay, led by the pseudonymised account',
        organization: "the entry's school or organisation: part of the contest record",
        district: "the entry's district: part of the contest record",
        commune: "the entry's commune or ward: part of the contest record",
        searchDistrict: 'the district folded for search: part of the contest record',
        searchCommune: 'the commune folded for search: part of the contest record',
        screenedBy: "kept: the organizer's pseudonymous account",
      },
    },
    {
      table: 'entry_members',
      personal: {
        fullName: "the pseudonym, on the person's rows (matched by account or e-mail)",
        email: 'the placeholder',
        searchText: 'folded again from the pseudonym and placeholder',
        dateOfBirth: 'cleared',
        gender: 'cleared',
        organization: 'cleared',
        userId: 'kept: the pseudonymised account',
        invitationTokenHash: 'cleared: a confirmation link still out stops working',
      },
    },
    { table: 'entry_attachments', personal: { uploadedBy: 'kept: the pseudonymised account' } },
    {
      table: 'entry_snapshots',
      personal: {
        content: "the person's rows in the frozen team get the pseudonym and placeholder",
      },
    },
    { table: 'entry_events', personal: { actorId: 'kept: the pseudonymised account' } },
  ];

  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly storage: FileStorage,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async exportData(manager: EntityManager, subject: DataSubject) {
    const led = await manager.find(Entry, {
      where: { ownerId: subject.userId },
      order: { createdAt: 'ASC' },
    });
    const ledIds = new Set(led.map((e) => e.id));
    const ownRows = await this.memberRows(manager, subject);
    const memberOfIds = [...new Set(ownRows.map((r) => r.entryId))].filter((id) => !ledIds.has(id));
    const memberOf = memberOfIds.length
      ? await manager.find(Entry, { where: { id: In(memberOfIds) }, order: { createdAt: 'ASC' } })
      : [];
    const all = [...led, ...memberOf];
    if (all.length === 0) return { led: [], memberOf: [] };
    const ids = all.map((e) => e.id);
    const [contests, categories, files, teams] = await Promise.all([
      manager.find(Contest, { where: { id: In([...new Set(all.map((e) => e.contestId))]) } }),
      manager.find(Category, { where: { id: In([...new Set(all.map((e) => e.categoryId))]) } }),
      manager.find(Attachment, { where: { entryId: In(ids) }, order: { createdAt: 'ASC' } }),
      led.length
        ? manager.find(TeamMember, {
            where: { entryId: In([...ledIds]) },
            order: { position: 'ASC' },
          })
        : Promise.resolve([]),
    ]);
    const contest = new Map(contests.map((c) => [c.id, c]));
    const categoryKey = new Map(categories.map((c) => [c.id, c.key]));
    const describe = (entry: Entry) => ({
      id: entry.id,
      code: entry.code,
      contest: {
        slug: contest.get(entry.contestId)?.slug ?? null,
        name: contest.get(entry.contestId)?.nameVi ?? null,
      },
      categoryKey: categoryKey.get(entry.categoryId) ?? null,
      status: entry.status,
      ...entryFormFields(entry),
      screeningReason: entry.screeningReason,
      createdAt: toVietnamIsoOrNull(entry.createdAt),
      submittedAt: toVietnamIsoOrNull(entry.submittedAt),
      withdrawnAt: toVietnamIsoOrNull(entry.withdrawnAt),
      // The list of files, not their contents.
      files: files
        .filter((f) => f.entryId === entry.id)
        .map((f) => ({
          name: f.originalName,
          kind: f.kind,
          mediaType: f.mediaType,
          sizeBytes: f.sizeBytes,
          uploadedAt: toVietnamIsoOrNull(f.createdAt),
        })),
    });
    return {
      led: led.map((entry) => ({
        ...describe(entry),
        team: teams.filter((m) => m.entryId === entry.id).map(toTeamMemberResponse),
      })),
      // Someone else's entry: the person's own team row, not the other members' data.
      memberOf: memberOf.map((entry) => ({
        ...describe(entry),
        asMember: ownRows.filter((m) => m.entryId === entry.id).map(toTeamMemberResponse),
      })),
    };
  }

  async erase(manager: EntityManager, erasure: Erasure): Promise<void> {
    await this.deleteDrafts(manager, erasure);
    const rows = await this.memberRows(manager, erasure);
    if (rows.length === 0) return;
    await manager.update(
      TeamMember,
      { id: In(rows.map((r) => r.id)) },
      {
        fullName: erasure.pseudonym,
        email: erasure.placeholderEmail,
        searchText: memberSearchText({
          fullName: erasure.pseudonym,
          email: erasure.placeholderEmail,
        }),
        dateOfBirth: null,
        gender: null,
        organization: null,
        invitationTokenHash: null,
      },
    );
    await this.pseudonymiseSnapshots(manager, [...new Set(rows.map((r) => r.entryId))], erasure);
  }

  private memberRows(manager: EntityManager, subject: DataSubject): Promise<TeamMember[]> {
    return manager
      .createQueryBuilder(TeamMember, 'm')
      .where(MEMBER_OF, { userId: subject.userId, email: subject.email })
      .orderBy('m.createdAt', 'ASC')
      .getMany();
  }

  /** Drafts never submitted are nobody's record: they go, rows first, files after the commit. */
  private async deleteDrafts(manager: EntityManager, erasure: Erasure): Promise<void> {
    const drafts = await manager.find(Entry, {
      select: { id: true },
      where: { ownerId: erasure.userId, status: EntryStatus.draft, submittedAt: IsNull() },
    });
    if (drafts.length === 0) return;
    const ids = drafts.map((d) => d.id);
    const files = await manager.find(Attachment, {
      select: { id: true, storageKey: true },
      where: { entryId: In(ids) },
    });
    await manager.delete(Attachment, { entryId: In(ids) });
    await manager.delete(TeamMember, { entryId: In(ids) });
    await manager.delete(EntryEvent, { entryId: In(ids) });
    await manager.delete(EntrySnapshot, { entryId: In(ids) });
    await manager.delete(Entry, { id: In(ids) });
    erasure.afterCommit(async () => {
      for (const file of files)
        await this.storage.delete(file.storageKey).catch((error: unknown) => {
          this.logger.error({ err: error, key: file.storageKey }, 'Could not delete a stored file');
        });
    });
  }

  /** The frozen submissions carry the team as it was: the person's rows there change too. */
  private async pseudonymiseSnapshots(
    manager: EntityManager,
    entryIds: string[],
    erasure: Erasure,
  ): Promise<void> {
    const snapshots = await manager.find(EntrySnapshot, { where: { entryId: In(entryIds) } });
    for (const snapshot of snapshots) {
      const members = snapshot.content.members;
      if (!Array.isArray(members)) continue;
      let changed = false;
      const next = members.map((member: Record<string, unknown>) => {
        if (String(member.email ?? '').toLowerCase() !== erasure.email) return member;
        changed = true;
        return {
          ...member,
          fullName: erasure.pseudonym,
          email: erasure.placeholderEmail,
          dateOfBirth: null,
          gender: null,
          organization: null,
        };
      });
      if (changed)
        await manager.update(
          EntrySnapshot,
          { id: snapshot.id },
          { content: { ...snapshot.content, members: next } },
        );
    }
  }
}
