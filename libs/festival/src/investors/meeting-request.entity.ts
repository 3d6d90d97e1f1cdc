import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

export const MEETING_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/**
 * An investor's request to meet a finalist team: at a festival slot, or "later" with a
 * free-text proposal. The team's owner accepts or declines.
 */
@Entity('festival_meeting_requests')
@Index(['festivalId', 'createdAt'])
@Index(['entryId'])
@Index(['investorUserId'])
export class MeetingRequest {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  festivalId!: string;

  @Column({ type: 'varchar', length: 36 })
  investorUserId!: string;

  @Column({ type: 'varchar', length: 36 })
  entryId!: string;

  /** The festival slot asked for; null for a meeting "later". */
  @Column({ type: 'varchar', length: 36, nullable: true })
  slotId!: string | null;

  /**
   * The slot while this request holds it (pending or accepted), null otherwise. Its unique
   * index is what keeps a slot to one meeting, even for two requests at the same moment;
   * a decline sets it to null, which frees the slot (NULLs never collide).
   */
  @Column({ type: 'varchar', length: 36, nullable: true, unique: true })
  slotHold!: string | null;

  /** For a meeting "later": when and how the investor proposes to meet. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  laterNote!: string | null;

  @Column({ type: 'varchar', length: 1000 })
  message!: string;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status!: MeetingStatus;

  @Column({ type: 'datetime', nullable: true })
  answeredAt!: Date | null;

  /** The secret in the calendar-file link of the mails: whoever holds the mail may add it. */
  @Column({ type: 'varchar', length: 64, unique: true })
  calendarToken!: string;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
