import { Injectable } from '@nestjs/common';
import { AutoAssignmentService } from '@app/judging';
import type { AutoAssignSummary } from '@app/judging';
import { JobName, JobPayloads } from '@app/platform';
import { JobContext, JobHandler } from './job-handlers';

/** Runs `assignment.auto` for a large round; progress and the summary stay on the job for the page. */
@Injectable()
export class AutoAssignProcessor implements JobHandler<typeof JobName.autoAssign> {
  readonly jobName = JobName.autoAssign;

  constructor(private readonly auto: AutoAssignmentService) {}

  handle(
    { roundId, actorId }: JobPayloads[typeof JobName.autoAssign],
    job: JobContext,
  ): Promise<AutoAssignSummary> {
    return this.auto.run(roundId, actorId, (percent) => job.updateProgress(percent));
  }
}
