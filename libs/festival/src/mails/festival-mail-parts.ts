import type { EntityManager } from 'typeorm';
import { Contest } from '@app/contests';
import type { Festival } from '../programme/festival.entity';
import type { FestivalRecipient } from './festival-recipients';

/** `20/12/2026`, as the festival's mails write the day. */
export function dayOf(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** The festival's name in the reader's language. */
export function festivalNameIn(festival: Festival, locale: 'vi' | 'en'): string {
  return locale === 'en' ? festival.nameEn : festival.nameVi;
}

/** One mail per address: a judge who also registered as a guest gets one, with all their sessions. */
export function oncePerAddress(recipients: FestivalRecipient[]): FestivalRecipient[] {
  const byEmail = new Map<string, FestivalRecipient>();
  for (const r of recipients) {
    const email = r.email.trim().toLowerCase();
    const first = byEmail.get(email);
    if (!first) byEmail.set(email, { ...r, sessionIds: [...r.sessionIds] });
    else
      for (const id of r.sessionIds) if (!first.sessionIds.includes(id)) first.sessionIds.push(id);
  }
  return [...byEmail.values()];
}

/** The public programme page, the button of every festival mail. */
export async function programmeLink(
  manager: EntityManager,
  publicUrl: string,
  contestId: string,
): Promise<string> {
  const contest = await manager.findOneByOrFail(Contest, { id: contestId });
  return `${publicUrl}/contests/${encodeURIComponent(contest.slug)}/festival`;
}
