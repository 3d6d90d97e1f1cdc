import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@app/accounts';
import { NotificationsModule } from '@app/notifications';
import { CategoryService } from './categories/category.service';
import { CategoryUsage } from './categories/category-usage';
import { ContestRepository } from './contests/contest.repository';
import { ContestService } from './contests/contest.service';
import { ContestEntryFacts } from './contests/contest-entry-facts';
import { ContestStatusService } from './contests/contest-status.service';
import { CONTESTS_ENTITIES } from './contests.entities';
import { DemoSeedService } from './demo/demo-seed.service';
import { ContestsPersonalData } from './personal-data/contests-personal-data';
import { PrizeAwards } from './prizes/prize-awards';
import { PrizeService } from './prizes/prize.service';
import { QuestionService } from './questions/question.service';
import { RoundService } from './rounds/round.service';

const SERVICES = [
  ContestRepository,
  ContestService,
  CategoryService,
  RoundService,
  QuestionService,
  CategoryUsage,
  PrizeService,
  PrizeAwards,
  ContestEntryFacts,
  ContestStatusService,
];

@Module({
  imports: [TypeOrmModule.forFeature(CONTESTS_ENTITIES), AccountsModule, NotificationsModule],
  providers: [DemoSeedService, ContestsPersonalData, ...SERVICES],
  exports: [TypeOrmModule, DemoSeedService, ...SERVICES],
})
export class ContestsModule {}
