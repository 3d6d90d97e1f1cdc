export * from './contests.module';
export * from './contests/contest.entity';
export * from './demo/demo-seed.service';
