export * from './contests.module';
export * from './contests/contest.entity';
export * from './demo/demo-seed.service';
export * from './contests.entities';
export * from './categories/category.entity';
export * from './rounds/round.entity';
export * from './questions/contest-question.entity';
export * from './eligibility/eligibility-rules';
