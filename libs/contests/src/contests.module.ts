import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@app/accounts';
import { Contest } from './contests/contest.entity';
import { DemoSeedService } from './demo/demo-seed.service';

@Module({
  imports: [TypeOrmModule.forFeature([Contest]), AccountsModule],
  providers: [DemoSeedService],
  exports: [TypeOrmModule, DemoSeedService],
})
export class ContestsModule {}
