import type { JobsOptions } from 'bullmq';

/**
 * The typed job catalogue: every queue, its job names (explicit strings, never class
 * names), the payload of each job and its default options. Payloads carry ids only;
 * handlers reload state and skip what is gone or already done.
 */
export const QueueName = {
  mail: 'mail',
  /** Repeatable jobs (job schedulers): each fires once per cluster, whatever the number of workers. */
  schedules: 'schedules',
  ranking: 'ranking',
  /** Automatic assignment of large rounds, one at a time per worker. */
  assignment: 'assignment',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const JobName = {
  deliverMail: 'mail.deliver',
  scanDeadlineReminders: 'reminders.deadline-scan',
  scanJudgingReminders: 'reminders.judging-scan',
  recomputeRanking: 'ranking.recompute',
  autoAssign: 'assignment.auto',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

export interface JobPayloads {
  /**
   * A few outbox rows per job (the relay's chunks): the queue's own bookkeeping, a dozen or
   * more Redis commands a job, is paid once per chunk instead of once per mail.
   * `notificationId` is the one-row form an older relay may still have queued.
   */
  [JobName.deliverMail]: { notificationIds: string[] } | { notificationId: string };
  /** Nothing: the scan reads the clock and the database when it runs. */
  [JobName.scanDeadlineReminders]: Record<string, never>;
  [JobName.scanJudgingReminders]: Record<string, never>;
  [JobName.recomputeRanking]: { roundId: string };
  [JobName.autoAssign]: { roundId: string; actorId: string | null };
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.deliverMail]: QueueName.mail,
  [JobName.scanDeadlineReminders]: QueueName.schedules,
  [JobName.scanJudgingReminders]: QueueName.schedules,
  [JobName.recomputeRanking]: QueueName.ranking,
  [JobName.autoAssign]: QueueName.assignment,
};

/** Retries of mail live on the outbox row (one rule for both profiles), so a job runs once. */
export const JOB_OPTIONS: Record<JobName, JobsOptions> = {
  [JobName.deliverMail]: { attempts: 1, removeOnComplete: true, removeOnFail: 1000 },
  // A failed scan is not retried: the next one comes within REMINDER_SCAN_MS.
  [JobName.scanDeadlineReminders]: { attempts: 1, removeOnComplete: true, removeOnFail: 100 },
  [JobName.scanJudgingReminders]: { attempts: 1, removeOnComplete: true, removeOnFail: 100 },
  // The job id is per round (coalescing): a kept finished job would swallow every later request.
  [JobName.recomputeRanking]: {
    attempts: 3,
    backoff: { type: 'fixed', delay: 5000 },
    removeOnComplete: true,
    removeOnFail: true,
  },
  // Not retried: a second run would only fill what the first left; the organizer decides.
  // Finished jobs are kept a day so the page can show their progress and summary.
  [JobName.autoAssign]: {
    attempts: 1,
    removeOnComplete: { age: 24 * 3600 },
    removeOnFail: { age: 24 * 3600 },
  },
};

/**
 * Repeatable jobs. The fixed scheduler id is what makes N workers registering the same
 * schedule at boot end up with one schedule (BullMQ `upsertJobScheduler`).
 */
export const JOB_SCHEDULERS = {
  deadlineReminders: { id: 'deadline-reminders', jobName: JobName.scanDeadlineReminders },
  judgingReminders: { id: 'judging-reminders', jobName: JobName.scanJudgingReminders },
} as const;
