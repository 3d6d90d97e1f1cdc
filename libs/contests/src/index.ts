export * from './contests.module';
export * from './contests/contest.entity';
