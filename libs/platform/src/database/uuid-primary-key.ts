import { randomUUID } from 'node:crypto';
import { EntitySubscriberInterface, EventSubscriber, InsertEvent, PrimaryColumn } from 'typeorm';

const UUID_KEYS = new WeakSet<object>();

/**
 * A UUID primary key stored as varchar(36) on every server and filled in on insert by
 * UuidKeySubscriber. (`@PrimaryGeneratedColumn('uuid')` becomes a native `uuid` column on
 * MariaDB 10.7+ but varchar on MySQL 8, which would split the schema in two.)
 */
export function UuidPrimaryKey(): PropertyDecorator {
  const column = PrimaryColumn({ type: 'varchar', length: 36 });
  return (target, propertyKey) => {
    UUID_KEYS.add(target.constructor);
    column(target, propertyKey);
  };
}

/** Whether the entity's key is a UuidPrimaryKey (filled in on insert). */
export function hasUuidPrimaryKey(target: unknown): boolean {
  return typeof target === 'function' && UUID_KEYS.has(target);
}

/** Gives every new row of an entity with a UuidPrimaryKey its id, for inserts of entities and plain objects alike. */
@EventSubscriber()
export class UuidKeySubscriber implements EntitySubscriberInterface {
  beforeInsert(event: InsertEvent<Record<string, unknown>>): void {
    const target = event.metadata.target;
    if (!hasUuidPrimaryKey(target) || !event.entity) return;
    event.entity.id ??= randomUUID();
  }
}
