import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Contest } from './contests/contest.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Contest])],
  providers: [],
  exports: [TypeOrmModule],
})
export class ContestsModule {}
