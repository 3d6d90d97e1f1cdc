import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '@app/platform';
import { LiveFinal } from './live-final.entity';

/** The festival's live final, made with its defaults on first use. */
export async function liveFinalOf(manager: EntityManager, festivalId: string): Promise<LiveFinal> {
  const found = await manager.findOneBy(LiveFinal, { festivalId });
  if (found) return found;
  try {
    await manager.insert(LiveFinal, manager.create(LiveFinal, { festivalId }));
  } catch (error) {
    // Another request made it at the same moment: the unique festivalId kept one.
    if (!isUniqueViolation(error)) throw error;
  }
  return manager.findOneByOrFail(LiveFinal, { festivalId });
}
