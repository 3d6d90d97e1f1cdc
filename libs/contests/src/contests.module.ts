import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@app/accounts';
import { CONTESTS_ENTITIES } from './contests.entities';
import { DemoSeedService } from './demo/demo-seed.service';

@Module({
  imports: [TypeOrmModule.forFeature(CONTESTS_ENTITIES), AccountsModule],
  providers: [DemoSeedService],
  exports: [TypeOrmModule, DemoSeedService],
})
export class ContestsModule {}
