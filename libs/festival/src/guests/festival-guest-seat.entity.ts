import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

export const SEAT_STATUSES = ['confirmed', 'waiting'] as const;
export type SeatStatus = (typeof SEAT_STATUSES)[number];

/**
 * A guest's place in one session: a seat, or a place in its waiting line. The line is
 * kept in `position` order (a per-session counter), not by time, so two registrations in
 * the same millisecond still have a strict order.
 */
@Entity('festival_guest_seats')
@Index(['guestId', 'sessionId'], { unique: true })
@Index(['sessionId', 'position'], { unique: true })
export class FestivalGuestSeat {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  guestId!: string;

  @Column({ type: 'varchar', length: 36 })
  sessionId!: string;

  @Column({ type: 'varchar', length: 12 })
  status!: SeatStatus;

  /** Order of arrival in this session, from 1. */
  @Column({ type: 'int' })
  position!: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
