import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Whether something in a lib above contests (entries, say) still points at a category. */
export type CategoryUsageCheck = (manager: EntityManager, categoryId: string) => Promise<boolean>;

/**
 * Contests cannot know the tables of the libs above it, so they say here whether a
 * category is in use: a category is deleted only when no registered check claims it.
 */
@Injectable()
export class CategoryUsage {
  private readonly checks: CategoryUsageCheck[] = [];

  register(check: CategoryUsageCheck): void {
    this.checks.push(check);
  }

  async inUse(manager: EntityManager, categoryId: string): Promise<boolean> {
    for (const check of this.checks) if (await check(manager, categoryId)) return true;
    return false;
  }
}
