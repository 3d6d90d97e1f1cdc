import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidPrimaryKey } from '../database/uuid-primary-key';

/**
 * The answer given to a request that carried an `Idempotency-Key`, so a retry of the same
 * request gets the same answer instead of doing the work twice.
 */
@Entity('idempotency_records')
@Index(['scope', 'key'], { unique: true })
export class IdempotencyRecord {
  @UuidPrimaryKey()
  id!: string;

  /** Who and what the key belongs to, e.g. `submit:<entryId>:<userId>`. */
  @Column({ type: 'varchar', length: 120 })
  scope!: string;

  @Column({ type: 'varchar', length: 100 })
  key!: string;

  @Column({ type: 'int' })
  statusCode!: number;

  @Column({ type: 'simple-json' })
  response!: Record<string, unknown>;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
