import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '@app/platform';

/**
 * One admission at the door, online or decided offline and uploaded later. The nonce is
 * made by the scanning device, once per scan: it is unique per festival, so uploading the
 * same queue again records nothing twice. `doubleEntry` marks an admission of a pass
 * that another admission had already let in (two devices offline at once).
 */
@Entity('festival_check_ins')
@Index(['festivalId', 'nonce'], { unique: true })
@Index(['passId'])
export class FestivalCheckIn {
  @UuidPrimaryKey()
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  festivalId!: string;

  @Column({ type: 'varchar', length: 36 })
  passId!: string;

  @Column({ type: 'varchar', length: 64 })
  nonce!: string;

  /** The scanning device, as it names itself. */
  @Column({ type: 'varchar', length: 64 })
  deviceId!: string;

  /** When the door decided, by the device's clock (offline scans arrive later). */
  @Column({ type: 'datetime' })
  scannedAt!: Date;

  @Column({ type: 'boolean', default: false })
  doubleEntry!: boolean;

  @Column({ type: 'varchar', length: 36, nullable: true })
  staffUserId!: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
