import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '@app/accounts';
import type { PersonalDataContributor, TableCoverage } from '@app/accounts';

/**
 * Announcements in a person's data rights: a version names the organizer who announced
 * it (kept, pseudonymised with their account, as awards keep theirs); outcomes belong to
 * entries, whose team data the entries lib answers for. The mails themselves are outbox
 * rows, covered by the outbox's rule.
 */
@Injectable()
export class AnnouncementPersonalData implements PersonalDataContributor, OnModuleInit {
  readonly tables: TableCoverage[] = [
    { table: 'result_announcements', personal: { announcedBy: 'kept: the decision record' } },
    { table: 'result_outcomes', personal: {} },
  ];

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }
}
