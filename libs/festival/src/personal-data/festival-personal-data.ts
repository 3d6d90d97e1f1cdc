import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '@app/accounts';
import type { PersonalDataContributor, TableCoverage } from '@app/accounts';

/**
 * The festival's programme points at no account. Speakers are named on the published
 * programme as organizers typed them (with an address for their mails, which only
 * organizers see), not linked to a user, so an account's export or erasure cannot find
 * them; organizers correct or remove a speaker on the session's form.
 * Declared all the same, so a future column that does hold a person is noticed at start.
 */
@Injectable()
export class FestivalPersonalData implements PersonalDataContributor, OnModuleInit {
  readonly tables: TableCoverage[] = [
    { table: 'festivals', personal: {} },
    {
      table: 'festival_sessions',
      personal: {
        speakers:
          'names and titles of public speakers, and the addresses their mails go to (organizers only, never public), typed by organizers and linked to no account: corrected or removed on the session form',
      },
    },
    {
      table: 'festival_booths',
      personal: {
        entryId: 'points at a finalist entry, whose team data the entries lib exports and erases',
      },
    },
  ];

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }
}
