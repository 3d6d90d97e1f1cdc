import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '@app/accounts';
import type { PersonalDataContributor, TableCoverage } from '@app/accounts';

/**
 * Contest configuration holds nothing about a person; declared all the same, so a future
 * column that does (an organizer contact, a sponsor's representative) is noticed at start.
 */
@Injectable()
export class ContestsPersonalData implements PersonalDataContributor, OnModuleInit {
  readonly tables: TableCoverage[] = [
    { table: 'contests', personal: {} },
    { table: 'contest_categories', personal: {} },
    { table: 'contest_rounds', personal: {} },
    { table: 'contest_questions', personal: {} },
    { table: 'contest_prizes', personal: {} },
  ];

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }
}
