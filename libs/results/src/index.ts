export * from './results.module';
export * from './results.entities';
export * from './awards/prize.entity';
export * from './awards/award.entity';
export * from './awards/award.service';
export * from './awards/awards.mapper';
export * from './feedback/feedback-release.entity';
export * from './certificates';
