import type { EntityManager } from 'typeorm';
import { insertRow } from '@app/platform';
import { EntryEvent } from './entry-event.entity';

export type EntryEventType =
  | 'created'
  | 'updated'
  | 'submitted'
  | 'withdrawn'
  | 'reopened'
  | 'member_invited'
  | 'member_confirmed'
  | 'member_declined';
export type EntryEventData = Record<string, string | number | boolean | null>;

/** Writes one line of an entry's history, in the transaction of the change it records. */
export async function recordEntryEvent(
  manager: EntityManager,
  event: { entryId: string; actorId: string | null; type: EntryEventType; data?: EntryEventData },
): Promise<void> {
  await insertRow(manager, EntryEvent, {
    entryId: event.entryId,
    actorId: event.actorId,
    type: event.type,
    data: event.data ?? null,
  });
}
