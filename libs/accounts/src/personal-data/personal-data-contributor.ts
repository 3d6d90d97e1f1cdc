import type { EntityManager } from 'typeorm';
import type { Role } from '../users/role';

/** The person whose data is exported or erased, as the account stood before any change. */
export interface DataSubject {
  userId: string;
  /** The account's lower-cased address: team rows and mails are matched by it too. */
  email: string;
  role: Role;
}

/** What an erasure puts in the person's place, and work that must wait for the commit. */
export interface Erasure extends DataSubject {
  /** Shown wherever the name was, e.g. "Người dùng đã xoá #3f9a2c". */
  pseudonym: string;
  /** Unique and never deliverable (the reserved .invalid domain); frees the real address. */
  placeholderEmail: string;
  now: Date;
  /** Runs once the transaction has committed (stored files): a rollback must not lose a file. */
  afterCommit(task: () => Promise<void>): void;
}

/**
 * A table a contributor answers for: every column that holds or points at a person, with
 * what erasure does to it (the text is the documentation). A table without personal data
 * is still declared, with no columns, so no table is forgotten.
 */
export interface TableCoverage {
  table: string;
  personal: Readonly<Record<string, string>>;
}

/**
 * A library's part in the person's rights (Law 91/2025/QH15): each lib knows its own
 * tables, what of them to hand over on an access request and what to anonymise on erasure.
 * Libs register one with `PersonalDataRegistry` at module init; the registry refuses to
 * start when a table of the schema is declared by none of them.
 */
export interface PersonalDataContributor {
  readonly tables: readonly TableCoverage[];
  /** The key of its part of the export document (a documented, stable format). */
  readonly section?: string;
  exportData?(manager: EntityManager, subject: DataSubject): Promise<unknown>;
  /** Refuses, with a coded DomainError, an erasure that would break something; runs before any write. */
  assertErasable?(manager: EntityManager, subject: DataSubject): Promise<void>;
  /** Runs inside the erasure's transaction. */
  erase?(manager: EntityManager, erasure: Erasure): Promise<void>;
}
