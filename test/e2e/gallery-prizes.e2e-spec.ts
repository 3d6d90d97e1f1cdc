import request from 'supertest';
import type { DataSource } from 'typeorm';
import { Role } from '@app/accounts/users/role';
import {
  announceDirectly,
  createAnnouncementContest,
  type AnnouncementContest,
} from '../support/announcement-factory';
import { createUser, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { listInGallery } from '../support/gallery-factory';
import { RunningPortal, startPortal } from '../support/portal';

interface Card {
  code: string;
  prizes: Array<{ nameVi: string; nameEn: string }>;
}

/**
 * A gallery card names its prize only once the results are announced: a confirmed award
 * stays off the public cards until the announcement, as it stays off the results page.
 */
describe.each(PROFILES)('prizes on gallery cards (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let fixture: AnnouncementContest;

  const cards = async () =>
    (await request(portal.url).get(`/api/v1/contests/${fixture.contest.id}/gallery`).expect(200))
      .body.items as Card[];

  beforeAll(async () => {
    const env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    fixture = await createAnnouncementContest(db);
    await listInGallery(db, fixture.finalists.idea[0]);
    await listInGallery(db, fixture.team);
  });
  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  it('shows no prize before the announcement and the announced prize after it', async () => {
    const winner = fixture.finalists.idea[0].code;
    const before = await cards();
    expect(before.map((c) => c.code).sort()).toEqual([winner, fixture.team.code].sort());
    expect(before.every((c) => c.prizes.length === 0)).toBe(true);

    const organizer = await createUser(db, { role: Role.organizer });
    await announceDirectly(db, fixture, organizer.id);

    const after = new Map((await cards()).map((c) => [c.code, c.prizes]));
    expect(after.get(winner)).toEqual([{ nameVi: 'Giải Nhất', nameEn: expect.any(String) }]);
    expect(after.get(fixture.team.code)).toEqual([]);
  });
});
