import type { FastifyReply } from 'fastify';

/**
 * The organizer's tabs of a contest that list items and come back to themselves after a
 * form (the festival tab lists its sessions and booths).
 */
export type ContestSection =
  'categories' | 'questions' | 'prizes' | 'rounds' | 'judges' | 'festival';

/**
 * Back to the section's list after a form did its work, with what happened in the query
 * (`?saved=1`) so the list says it once; 303 makes a reload fetch the list, not post again.
 */
export function backToSection(
  reply: FastifyReply,
  contestId: string,
  section: ContestSection,
  notice: string,
) {
  return reply.redirect(`/organizer/contests/${contestId}/${section}?${notice}=1`, 303);
}

/** The catalogue key of the notice a section's list shows, from its query (see backToSection). */
export function sectionNotice(
  query: Record<string, unknown>,
  notices: readonly string[],
  catalogue: (notice: string) => string,
): string | undefined {
  const notice = notices.find((key) => key in query);
  return notice ? catalogue(notice) : undefined;
}

/** The notices of the organizer's item lists (categories, questions, prizes, rounds). */
export const ITEM_NOTICES = ['saved', 'deleted'] as const;
export const itemNotice = (notice: string) => `organizer.notice_${notice}`;
