import { Attachment } from './attachments/attachment.entity';
import { Entry } from './entries/entry.entity';
import { EntryEvent } from './history/entry-event.entity';
import { TeamMember } from './members/team-member.entity';
import { EntrySnapshot } from './snapshots/entry-snapshot.entity';

export const ENTRIES_ENTITIES = [Entry, TeamMember, Attachment, EntrySnapshot, EntryEvent];
