import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';
import type { ApplicantType } from '@app/contests';

export enum EntryStatus {
  draft = 'draft',
  submitted = 'submitted',
  withdrawn = 'withdrawn',
  eligible = 'eligible',
  ineligible = 'ineligible',
  advanced = 'advanced',
  eliminated = 'eliminated',
}

/** Answers to a contest's extra questions, by question key. */
export type EntryAnswers = Record<string, string | number | null>;

/**
 * A team's idea in one contest and category. The applicant edits this row until the
 * deadline; each submission freezes a snapshot, and judges read the last one.
 */
@Entity('entries')
@Index(['contestId', 'status'])
export class Entry {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  contestId!: string;

  @Column({ type: 'varchar', length: 36 })
  categoryId!: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  fieldKey!: string | null;

  /** The account holder, who is the team leader. */
  @Index()
  @Column({ type: 'varchar', length: 36 })
  ownerId!: string;

  /** Public code, e.g. QNG5-0042, given when the draft is created. */
  @Column({ type: 'varchar', length: 24, unique: true })
  code!: string;

  @Column({ type: 'varchar', length: 16, default: EntryStatus.draft })
  status!: EntryStatus;

  @Column({ type: 'varchar', length: 16 })
  applicantType!: ApplicantType;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  teamName!: string | null;

  /** The school or organisation the entry comes from. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  organization!: string | null;

  /** Before July 2025 the district; kept only as history on older entries (see commune). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  district!: string | null;

  /** The commune, ward or special zone, by its name in the list of the province's units. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  commune!: string | null;

  /**
   * Code, title and team name folded for search (lower-case, no diacritics), kept by
   * `entrySearchColumns` whenever they change: the organizers' search compares folded
   * text the same way on MariaDB and SQLite.
   */
  @Column({ type: 'varchar', length: 400, default: '' })
  searchText!: string;

  /** The district folded the same way, for the district filter. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  searchDistrict!: string | null;

  /** The commune folded the same way, so the search finds an entry by its commune. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  searchCommune!: string | null;

  /** For startups: the date on the business registration certificate. */
  @Column({ type: 'date', nullable: true })
  businessRegisteredOn!: string | null;

  // The standard form; long texts are Markdown, rendered and sanitised on output.
  @Column({ type: 'text', nullable: true }) summary!: string | null;
  @Column({ type: 'text', nullable: true }) problem!: string | null;
  @Column({ type: 'text', nullable: true }) solution!: string | null;
  @Column({ type: 'text', nullable: true }) customers!: string | null;
  @Column({ type: 'text', nullable: true }) businessModel!: string | null;
  @Column({ type: 'text', nullable: true }) advantage!: string | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) stage!: string | null;
  @Column({ type: 'text', nullable: true }) fundingNeeds!: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) videoUrl!: string | null;

  @Column({ type: 'simple-json', nullable: true })
  answers!: EntryAnswers | null;

  /** Incremented by every change of the applicant (form, members, files). */
  @Column({ type: 'int', default: 1 })
  revision!: number;

  /** The revision last submitted; equal to `revision` when nothing changed since. */
  @Column({ type: 'int', nullable: true })
  submittedRevision!: number | null;

  @Column({ type: 'datetime', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'datetime', nullable: true })
  withdrawnAt!: Date | null;

  /** Screening by organizers: the reason for ineligibility is told to the team. */
  @Column({ type: 'text', nullable: true })
  screeningReason!: string | null;

  @Column({ type: 'datetime', nullable: true })
  screenedAt!: Date | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  screenedBy!: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
