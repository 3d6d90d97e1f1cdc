import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from '@app/accounts';
import { Category, Round } from '@app/contests';
import { Entry } from '@app/entries';
import { RoundEntry } from '../assignment/round-entry.entity';
import { Score } from '../scoring/score.entity';
import { RankingRecomputeRequests } from './ranking-recompute-requests';
import { RankingResult } from './ranking-result.entity';
import { RankingRepository } from './ranking.repository';
import { RankingService } from './ranking.service';

/**
 * Rankings on their own, so the worker can run recomputations without the rest of judging.
 * The entities it reads are registered here because the worker loads no other judging module.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([User, Round, Category, Entry, RoundEntry, Score, RankingResult]),
  ],
  providers: [RankingRepository, RankingRecomputeRequests, RankingService],
  exports: [RankingService],
})
export class RankingModule {}
