import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/platform/config/app-config';
import { databaseOptions } from '@app/platform/database/database-options';
import { PROFILES, testEnvironment } from '../support/environment';

/**
 * Teams listed before members were asked to confirm were accepted under the old rules:
 * the migration that adds the confirmation keeps them counting (confirmed), while the
 * column's default for new rows is `pending`.
 */
describe.each(PROFILES)('member confirmation migration (%s profile)', (profile) => {
  let options: ReturnType<typeof databaseOptions>;
  const open = (migrations: Function[]) =>
    new DataSource({ ...options, migrations } as typeof options).initialize();

  beforeAll(async () => {
    options = databaseOptions(loadConfig(await testEnvironment(profile)));
  });

  it('marks the members of existing teams confirmed', async () => {
    const all = options.migrations as Function[];
    const at = all.findIndex((m) => m.name.startsWith('AddMemberConfirmation'));
    expect(at).toBeGreaterThan(0);

    const before = await open(all.slice(0, at));
    await before.runMigrations({ transaction: 'each' });
    const q = (name: string) => (profile === 'embedded' ? `"${name}"` : `\`${name}\``);
    await before.query(
      `INSERT INTO ${q('entry_members')} (${['id', 'entryId', 'contestId', 'fullName', 'email', 'role', 'position'].map(q).join(', ')}) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [randomUUID(), randomUUID(), randomUUID(), 'Thành viên cũ', 'cu@example.vn', 'member', 1],
    );
    await before.destroy();

    const after = await open(all);
    await after.runMigrations({ transaction: 'each' });
    const rows: { confirmation: string }[] = await after.query(
      `SELECT ${q('confirmation')} AS confirmation FROM ${q('entry_members')}`,
    );
    expect(rows.map((r) => r.confirmation)).toEqual(['confirmed']);
    await after.query(
      `INSERT INTO ${q('entry_members')} (${['id', 'entryId', 'contestId', 'fullName', 'email'].map(q).join(', ')}) VALUES (?, ?, ?, ?, ?)`,
      [randomUUID(), randomUUID(), randomUUID(), 'Thành viên mới', 'moi@example.vn'],
    );
    const fresh: { confirmation: string }[] = await after.query(
      `SELECT ${q('confirmation')} AS confirmation FROM ${q('entry_members')} WHERE ${q('email')} = ?`,
      ['moi@example.vn'],
    );
    expect(fresh.map((r) => r.confirmation)).toEqual(['pending']);
    await after.destroy();
  });
});
