import { Injectable } from '@nestjs/common';
import { RankingService } from '@app/judging';
import { JobName, JobPayloads } from '@app/platform';
import { JobHandler } from './job-handlers';

/** Runs `ranking.recompute`: one coalesced recomputation of a round; a round gone since is skipped. */
@Injectable()
export class RankingRecomputeProcessor implements JobHandler<typeof JobName.recomputeRanking> {
  readonly jobName = JobName.recomputeRanking;

  constructor(private readonly rankings: RankingService) {}

  async handle({ roundId }: JobPayloads[typeof JobName.recomputeRanking]): Promise<void> {
    await this.rankings.recompute(roundId);
  }
}
