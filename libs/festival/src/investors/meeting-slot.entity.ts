import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

/**
 * A time and table of the festival's investor meetings, set by organizers. It holds one
 * meeting: the request holding it is named in `MeetingRequest.slotHold`.
 */
@Entity('festival_meeting_slots')
@Index(['festivalId', 'startTime'])
export class MeetingSlot {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  festivalId!: string;

  /** `HH:MM` on the festival's day, Vietnam time, like the sessions. */
  @Column({ type: 'varchar', length: 5 })
  startTime!: string;

  @Column({ type: 'varchar', length: 5 })
  endTime!: string;

  /** Table or room ("Bàn 3, sảnh B"). */
  @Column({ type: 'varchar', length: 120 })
  place!: string;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
