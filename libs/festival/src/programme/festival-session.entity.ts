import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

/** The kinds of session of the day, in the order the programme groups them. */
export const SESSION_KINDS = [
  'opening',
  'seminar',
  'exhibition',
  'investor_meetings',
  'final_pitches',
  'award_ceremony',
] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export interface Speaker {
  name: string;
  /** What they are, e.g. "Giám đốc Sở Khoa học và Công nghệ". */
  title: string;
  /**
   * Where the session's change and cancellation mails and the programme reach them;
   * absent or null: they are not mailed. Organizers only: never on the public programme.
   */
  email?: string | null;
}

/** A session of the festival day: its times are `HH:MM` on the festival's date, Vietnam time. */
@Entity('festival_sessions')
@Index(['festivalId', 'startTime'])
export class FestivalSession {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  festivalId!: string;

  @Column({ type: 'varchar', length: 24 })
  kind!: SessionKind;

  @Column({ type: 'varchar', length: 200 })
  titleVi!: string;

  @Column({ type: 'varchar', length: 200 })
  titleEn!: string;

  @Column({ type: 'varchar', length: 5 })
  startTime!: string;

  @Column({ type: 'varchar', length: 5 })
  endTime!: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  room!: string | null;

  @Column({ type: 'simple-json' })
  speakers!: Speaker[];

  @Column({ type: 'text', nullable: true })
  descriptionVi!: string | null;

  @Column({ type: 'text', nullable: true })
  descriptionEn!: string | null;

  /** Seats for registered guests; null: no limit. Guests past it wait in line (guests lib). */
  @Column({ type: 'int', nullable: true })
  capacity!: number | null;

  /**
   * The iCalendar SEQUENCE of the session's event: raised whenever its time or room
   * changes, so a calendar that received an earlier version takes the new one.
   */
  @Column({ type: 'int', default: 0 })
  sequence!: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
