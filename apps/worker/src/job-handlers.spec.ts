import { JobName } from '@app/platform';
import { handlersByQueue, JobHandler } from './job-handlers';

const handler = (jobName: JobName): JobHandler => ({ jobName, handle: async () => undefined });

describe('handlersByQueue', () => {
  it('groups the handlers of the catalogue by queue', () => {
    const queues = handlersByQueue(Object.values(JobName).map(handler));
    expect([...queues.keys()]).toEqual(['mail', 'schedules', 'ranking', 'assignment']);
    expect([...queues.get('mail')!.keys()]).toEqual([JobName.deliverMail]);
    expect([...queues.get('schedules')!.keys()]).toEqual([
      JobName.scanDeadlineReminders,
      JobName.scanJudgingReminders,
    ]);
    expect([...queues.get('ranking')!.keys()]).toEqual([JobName.recomputeRanking]);
    expect([...queues.get('assignment')!.keys()]).toEqual([JobName.autoAssign]);
  });

  it('fails when a job of the catalogue has no handler, or two', () => {
    expect(() => handlersByQueue([])).toThrow(/mail\.deliver: no handler/);
    expect(() => handlersByQueue([handler(JobName.deliverMail)])).toThrow(
      /reminders\.deadline-scan: no handler/,
    );
    expect(() =>
      handlersByQueue([handler(JobName.deliverMail), handler(JobName.deliverMail)]),
    ).toThrow(/2 handlers/);
  });
});
