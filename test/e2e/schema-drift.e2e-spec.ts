import { DataSource } from 'typeorm';
import { loadConfig } from '@app/platform/config/app-config';
import { databaseOptions } from '@app/platform/database/database-options';
import { ALL_ENTITIES } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';

/**
 * The schema is owned by migrations. After running them on an empty database, the
 * entities must need no further change; otherwise a migration is missing
 * (`npm run migration:generate -- <Name> --mysql-url ...`).
 */
describe.each(PROFILES)('entities and migrations agree (%s profile)', (profile) => {
  let dataSource: DataSource;

  beforeAll(async () => {
    const options = databaseOptions(loadConfig(await testEnvironment(profile)));
    dataSource = await new DataSource({
      ...options,
      entities: ALL_ENTITIES,
    } as typeof options).initialize();
  });
  afterAll(() => dataSource?.destroy());

  it('leaves nothing for the schema builder to change after the migrations ran', async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied.length).toBeGreaterThan(0);
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('can undo every migration', async () => {
    for (let i = 0; i < dataSource.migrations.length; i++)
      await dataSource.undoLastMigration({ transaction: 'each' });
    const tables = await dataSource
      .createQueryRunner()
      .getTables(['users', 'notifications', 'contests']);
    expect(tables).toEqual([]);
  });
});
