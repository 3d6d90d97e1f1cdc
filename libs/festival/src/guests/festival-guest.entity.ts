import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

/**
 * A guest registered for a festival day (no account needed). One registration per e-mail
 * address and festival: the unique index is what refuses a second one, even when two
 * arrive at once. A cancelled registration is deleted, so the address may register again.
 */
@Entity('festival_guests')
@Index(['festivalId', 'email'], { unique: true })
export class FestivalGuest {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  festivalId!: string;

  @Column({ type: 'varchar', length: 120 })
  fullName!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  organisation!: string | null;

  /** Lower-cased, as every address on the platform. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone!: string | null;

  /** The language of the guest's mails. */
  @Column({ type: 'varchar', length: 2, default: 'vi' })
  locale!: 'vi' | 'en';

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
