import { Injectable, OnModuleInit } from '@nestjs/common';
import { CategoryUsage } from '@app/contests';
import { Entry } from './entry.entity';

/** A category with entries of any status cannot be deleted: entries keep pointing at it. */
@Injectable()
export class EntryCategoryUsage implements OnModuleInit {
  constructor(private readonly usage: CategoryUsage) {}

  onModuleInit(): void {
    this.usage.register((manager, categoryId) => manager.exists(Entry, { where: { categoryId } }));
  }
}
