import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { toEntryEventResponse } from '../entries/entry.mapper';
import type { EntryEventResponse } from '../entries/entry.mapper';
import { EntryEvent } from './entry-event.entity';

/** An entry's history as organizers read it (access is checked by whoever loaded the entry). */
@Injectable()
export class EntryHistoryService {
  constructor(@InjectRepository(EntryEvent) private readonly events: Repository<EntryEvent>) {}

  async of(entryId: string): Promise<EntryEventResponse[]> {
    const events = await this.events.find({ where: { entryId }, order: { createdAt: 'ASC' } });
    return events.map(toEntryEventResponse);
  }
}
