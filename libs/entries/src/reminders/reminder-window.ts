/** The two deadline reminders a draft may get, named by how long before the deadline they go out. */
export type ReminderKind = '48h' | '6h';

const HOUR_MS = 60 * 60 * 1000;

/** Leads of the reminders, most urgent first: the first whose lead covers the time left is due. */
export const REMINDER_LEADS: ReadonlyArray<{ kind: ReminderKind; leadMs: number }> = [
  { kind: '6h', leadMs: 6 * HOUR_MS },
  { kind: '48h', leadMs: 48 * HOUR_MS },
];

/** Contests whose deadline is further away than this need no reminder yet. */
export const REMINDER_HORIZON_MS = Math.max(...REMINDER_LEADS.map((lead) => lead.leadMs));

/**
 * The reminder due now for a draft of a contest with this deadline, or null.
 *
 * Only the most urgent window containing `now` counts, and a reminder is never sent after
 * its window closed: a draft created (or a scan missed) less than 6 h before the deadline
 * gets the 6 h reminder only, not a stale "48 h" one as well. A draft created between 48 h
 * and 6 h before gets the 48 h reminder at once, then the 6 h one. Nothing is due once the
 * deadline has passed (grace minutes are a tolerance, not a second deadline to announce).
 */
export function dueReminder(deadline: Date, now: Date): ReminderKind | null {
  const left = deadline.getTime() - now.getTime();
  if (left <= 0) return null;
  return REMINDER_LEADS.find((lead) => left <= lead.leadMs)?.kind ?? null;
}

/** The outbox dedupe key: its unique index makes each reminder one mail per entry, across instances and restarts. */
export function reminderDedupeKey(kind: ReminderKind, entryId: string): string {
  return `deadline-reminder:${kind}:${entryId}`;
}
