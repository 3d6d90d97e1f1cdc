import { DataSource } from 'typeorm';
import { Entry } from '@app/entries/entries/entry.entity';
import { createContest, ContestFixture } from '../support/contest-factory';
import { openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';
import { csrfOf, draftThroughPages, signedInApplicant } from '../support/page-forms';

/**
 * The entry's address is a commune or ward chosen from the province's list (two-level local
 * government since July 2025); the district of an older entry stays as history.
 */
describe.each(PROFILES)('the commune is chosen from a list (%s profile)', (profile) => {
  let portal: RunningPortal;
  let db: DataSource;
  let contest: ContestFixture;

  beforeAll(async () => {
    const env = await testEnvironment(profile);
    portal = await startPortal(env);
    db = await openDatabase(env);
    contest = await createContest(db, { eligibility: { teamSizeMax: 5 } });
  });
  afterAll(async () => {
    await db?.destroy();
    await portal?.stop();
  });

  it('offers the communes, keeps the former district as history and refuses a name off the list', async () => {
    const { user, agent } = await signedInApplicant(db, portal.url);
    const { entryId, entryPath } = await draftThroughPages(
      agent,
      contest.slug,
      'Nước mắm Sa Huỳnh',
    );
    // An entry from before July 2025 carries a district.
    await db.manager.update(Entry, { id: entryId }, { district: 'Thị xã Đức Phổ' });

    const edit = await agent.get(`${entryPath}/edit`).expect(200);
    expect(edit.text).toContain('<select id="commune" name="commune"');
    expect(edit.text).toContain('<option value="Phường Sa Huỳnh" data-search="sa huynh (phuong)">');
    expect(edit.text).toContain('Lý Sơn (đặc khu)');
    expect(edit.text).toContain('Đã ghi trước tháng 7/2025: Thị xã Đức Phổ.');
    expect(edit.text).not.toContain('name="district"');

    const save = (commune: string) =>
      agent
        .post(`${entryPath}/edit`)
        .type('form')
        .send({
          _csrf: csrfOf(edit.text),
          action: 'save',
          title: 'Nước mắm Sa Huỳnh',
          applicantType: 'team',
          commune,
          'members[0][fullName]': user.fullName,
        });

    await save('Phường Sa Huỳnh').expect(303);
    let entry = await db.manager.findOneByOrFail(Entry, { id: entryId });
    expect([entry.commune, entry.district]).toEqual(['Phường Sa Huỳnh', 'Thị xã Đức Phổ']);
    const again = await agent.get(`${entryPath}/edit`).expect(200);
    expect(again.text).toContain(
      '<option value="Phường Sa Huỳnh" data-search="sa huynh (phuong)" selected>',
    );
    const shown = await agent.get(entryPath).expect(200);
    expect(shown.text).toContain('<dt>Xã / Phường</dt><dd>Phường Sa Huỳnh</dd>');
    expect(shown.text).toContain(
      '<dt>Huyện / Thành phố (trước 7/2025)</dt><dd>Thị xã Đức Phổ</dd>',
    );

    const refused = await save('Huyện Đức Phổ').expect(400);
    expect(refused.text).toMatch(/id="commune-error">Hãy chọn một trong các phương án.</);
    entry = await db.manager.findOneByOrFail(Entry, { id: entryId });
    expect(entry.commune).toBe('Phường Sa Huỳnh');

    // Choosing nothing clears the commune; the former district stays.
    await save('').expect(303);
    entry = await db.manager.findOneByOrFail(Entry, { id: entryId });
    expect([entry.commune, entry.district]).toEqual([null, 'Thị xã Đức Phổ']);
  });
});
