import type { JobsOptions } from 'bullmq';

/**
 * The typed job catalogue: every queue, its job names (explicit strings, never class
 * names), the payload of each job and its default options. Payloads carry ids only;
 * handlers reload state and skip what is gone or already done.
 */
export const QueueName = {
  mail: 'mail',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const JobName = {
  deliverMail: 'mail.deliver',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

export interface JobPayloads {
  [JobName.deliverMail]: { notificationId: string };
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.deliverMail]: QueueName.mail,
};

/** Retries of mail live on the outbox row (one rule for both profiles), so a job runs once. */
export const JOB_OPTIONS: Record<JobName, JobsOptions> = {
  [JobName.deliverMail]: { attempts: 1, removeOnComplete: true, removeOnFail: 1000 },
};
