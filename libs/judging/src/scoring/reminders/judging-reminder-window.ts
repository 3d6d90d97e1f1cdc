/** The reminders a judge with unscored assignments gets before a round's judging closes. */
export type JudgingReminderKind = '48h' | '24h';

const HOUR_MS = 60 * 60 * 1000;

/** Most urgent first: the first lead covering the time left is the reminder due. */
export const JUDGING_REMINDER_LEADS: ReadonlyArray<{ kind: JudgingReminderKind; leadMs: number }> =
  [
    { kind: '24h', leadMs: 24 * HOUR_MS },
    { kind: '48h', leadMs: 48 * HOUR_MS },
  ];

export const JUDGING_REMINDER_HORIZON_MS = Math.max(
  ...JUDGING_REMINDER_LEADS.map((lead) => lead.leadMs),
);

/** The reminder due now before a close at `closesAt`, or null (never a stale one, never after the close). */
export function dueJudgingReminder(closesAt: Date, now: Date): JudgingReminderKind | null {
  const left = closesAt.getTime() - now.getTime();
  if (left <= 0) return null;
  return JUDGING_REMINDER_LEADS.find((lead) => left <= lead.leadMs)?.kind ?? null;
}

/** One outbox row per judge, round and kind, across scans, instances and restarts. */
export function judgingReminderDedupeKey(
  kind: JudgingReminderKind,
  roundId: string,
  judgeUserId: string,
): string {
  return `judging-reminder:${kind}:${roundId}:${judgeUserId}`;
}
