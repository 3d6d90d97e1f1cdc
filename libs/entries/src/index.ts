export * from './entries.module';
export * from './entries.entities';
export * from './entries/entry.entity';
export * from './members/team-member.entity';
export * from './attachments/attachment.entity';
export * from './snapshots/entry-snapshot.entity';
export * from './history/entry-event.entity';
