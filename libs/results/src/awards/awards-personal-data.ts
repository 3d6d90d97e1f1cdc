import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '@app/accounts';
import type { PersonalDataContributor, TableCoverage } from '@app/accounts';

/**
 * Awards and the feedback setting in a person's data rights. Awards belong to an
 * entry (whose team data the entries lib answers for); the organizers who proposed and
 * confirmed them stay named by their pseudonymised accounts, as advancement overrides do.
 */
@Injectable()
export class AwardsPersonalData implements PersonalDataContributor, OnModuleInit {
  readonly tables: TableCoverage[] = [
    {
      table: 'awards',
      personal: {
        proposedBy: 'kept: the decision record',
        confirmedBy: 'kept: the decision record',
        supersededBy: 'not a person: the award that replaced this one',
      },
    },
    {
      table: 'award_withdrawals',
      personal: {
        proposedBy: 'kept: the decision record',
        decidedBy: 'kept: the decision record',
      },
    },
    {
      table: 'round_feedback_releases',
      personal: { updatedBy: "kept: the organizer's pseudonymous account" },
    },
  ];

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }
}
