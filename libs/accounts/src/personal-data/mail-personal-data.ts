import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxPersonalData } from '@app/notifications';
import type {
  DataSubject,
  Erasure,
  PersonalDataContributor,
  TableCoverage,
} from './personal-data-contributor';
import { PersonalDataRegistry } from './personal-data.registry';

/**
 * The outbox's part, registered here because notifications sits below accounts and cannot
 * know the registry; what to do with the rows is the notifications lib's own rule.
 */
@Injectable()
export class MailPersonalData implements PersonalDataContributor, OnModuleInit {
  readonly section = 'mails';
  readonly tables: TableCoverage[] = [
    {
      table: 'notifications',
      personal: {
        recipientEmail: 'the placeholder; unsent mails are cancelled, stored .eml copies deleted',
        recipientUserId: 'kept: the pseudonymised account',
        data: 'emptied (names, links)',
      },
    },
  ];

  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly outbox: OutboxPersonalData,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  exportData(manager: EntityManager, subject: DataSubject) {
    return this.outbox.mailsTo(manager, subject);
  }

  async erase(manager: EntityManager, erasure: Erasure): Promise<void> {
    const ids = await this.outbox.anonymise(manager, erasure, erasure.placeholderEmail);
    erasure.afterCommit(() => this.outbox.deleteStoredCopies(ids));
  }
}
