import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/platform/config/app-config';
import { databaseOptions } from '@app/platform/database/database-options';
import { PROFILES, testEnvironment } from '../support/environment';

/**
 * Entries and team members written before the folded search columns existed are found by
 * the organizers' search too: the migration that adds the columns fills them.
 */
describe.each(PROFILES)('search text migration (%s profile)', (profile) => {
  let options: ReturnType<typeof databaseOptions>;
  const open = (migrations: Function[]) =>
    new DataSource({ ...options, migrations } as typeof options).initialize();

  beforeAll(async () => {
    options = databaseOptions(loadConfig(await testEnvironment(profile)));
  });

  it('folds the existing entries and members', async () => {
    const all = options.migrations as Function[];
    const at = all.findIndex((m) => m.name.startsWith('AddEntrySearchText'));
    expect(at).toBeGreaterThan(0);

    const before = await open(all.slice(0, at));
    await before.runMigrations({ transaction: 'each' });
    const q = (name: string) => (profile === 'embedded' ? `"${name}"` : `\`${name}\``);
    const entryId = randomUUID();
    await before.query(
      `INSERT INTO ${q('entries')} (${['id', 'contestId', 'categoryId', 'ownerId', 'code', 'applicantType', 'title', 'teamName', 'district'].map(q).join(', ')}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        entryId,
        randomUUID(),
        randomUUID(),
        randomUUID(),
        'QNG5-0001',
        'team',
        'Du lịch Sa Huỳnh',
        'Đội Biển',
        'Thị xã Đức Phổ',
      ],
    );
    await before.query(
      `INSERT INTO ${q('entry_members')} (${['id', 'entryId', 'contestId', 'fullName', 'email'].map(q).join(', ')}) VALUES (?, ?, ?, ?, ?)`,
      [randomUUID(), entryId, randomUUID(), 'Huỳnh Thị Ánh', 'anh.huynh@example.vn'],
    );
    await before.destroy();

    const after = await open(all);
    await after.runMigrations({ transaction: 'each' });
    const entries: { searchText: string; searchDistrict: string | null }[] = await after.query(
      `SELECT ${q('searchText')} AS searchText, ${q('searchDistrict')} AS searchDistrict FROM ${q('entries')}`,
    );
    expect(entries).toEqual([
      { searchText: 'qng5-0001\ndu lich sa huynh\ndoi bien', searchDistrict: 'thi xa duc pho' },
    ]);
    const members: { searchText: string }[] = await after.query(
      `SELECT ${q('searchText')} AS searchText FROM ${q('entry_members')}`,
    );
    expect(members).toEqual([{ searchText: 'huynh thi anh\nanh.huynh@example.vn' }]);
    await after.destroy();
  });
});

/** Entries that chose a commune before its folded column existed are found by it too. */
describe.each(PROFILES)('search commune migration (%s profile)', (profile) => {
  it('folds the communes already chosen', async () => {
    const options = databaseOptions(loadConfig(await testEnvironment(profile)));
    const all = options.migrations as Function[];
    const at = all.findIndex((m) => m.name.startsWith('AddEntrySearchCommune'));
    expect(at).toBeGreaterThan(0);
    const open = (migrations: Function[]) =>
      new DataSource({ ...options, migrations } as typeof options).initialize();

    const before = await open(all.slice(0, at));
    await before.runMigrations({ transaction: 'each' });
    const q = (name: string) => (profile === 'embedded' ? `"${name}"` : `\`${name}\``);
    const columns = ['id', 'contestId', 'categoryId', 'ownerId', 'code', 'applicantType', 'title'];
    for (const [code, commune] of [
      ['QNG5-0001', 'Phường Sa Huỳnh'],
      ['QNG5-0002', null],
    ])
      await before.query(
        `INSERT INTO ${q('entries')} (${[...columns, 'commune'].map(q).join(', ')}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [randomUUID(), randomUUID(), randomUUID(), randomUUID(), code, 'team', 'Ý tưởng', commune],
      );
    await before.destroy();

    const after = await open(all);
    await after.runMigrations({ transaction: 'each' });
    const entries: { code: string; searchCommune: string | null }[] = await after.query(
      `SELECT ${q('code')} AS code, ${q('searchCommune')} AS searchCommune FROM ${q('entries')} ORDER BY ${q('code')}`,
    );
    expect(entries).toEqual([
      { code: 'QNG5-0001', searchCommune: 'phuong sa huynh' },
      { code: 'QNG5-0002', searchCommune: null },
    ]);
    await after.destroy();
  });
});
