// The festival of the bench's festival scenario, written with the test factories: a
// contest at the end of judging (six finalists in two categories), its published festival
// day with the final's session. Bundled by bench/scenarios/festival.mjs (rspack + swc),
// never imported by the apps.
import { createAwardsContest } from '../../test/support/awards-factory';
import { openDatabase } from '../../test/support/database';
import { createFestival, createFestivalSession } from '../../test/support/festival-factory';

export async function seed(env: Record<string, string>) {
  const db = await openDatabase(env);
  try {
    const fixture = await createAwardsContest(db);
    const festival = await createFestival(db, fixture.contest.id, { published: true });
    await createFestivalSession(db, festival, {
      kind: 'final_pitches',
      startTime: '14:00',
      endTime: '17:00',
    });
    return {
      contestId: fixture.contest.id,
      slug: fixture.contest.slug,
      festivalId: festival.id,
      categoryIds: [fixture.contest.category.id, fixture.project.id],
      finalistIds: [...fixture.finalists.idea, ...fixture.finalists.project].map((e) => e.id),
    };
  } finally {
    await db.destroy();
  }
}
