import { DataSource, QueryFailedError } from 'typeorm';
import { Round, RoundMode } from '@app/contests';
import { Notification, NotificationStatus } from '@app/notifications/outbox/notification.entity';
import { insertRow, insertRows } from '@app/platform/database/insert-rows';
import { createContest, FACTORY_CRITERIA } from '../support/contest-factory';
import { openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';

/**
 * insertRows writes rows that read back through TypeORM exactly as TypeORM's own insert
 * writes them, on both databases: JSON, dates, nulls, generated keys, version columns,
 * column defaults, skipped duplicates and statements split below the databases' limits.
 */
describe.each(PROFILES)('insertRows (%s profile)', (profile) => {
  let db: DataSource;

  beforeAll(async () => {
    db = await openDatabase(await testEnvironment(profile));
    await db.runMigrations({ transaction: 'each' });
  });
  afterAll(() => db?.destroy());

  const mail = (key: string, at: Date): Partial<Notification> => ({
    dedupeKey: key,
    recipientEmail: `${key}@example.vn`,
    recipientUserId: null,
    template: 'entry-receipt',
    locale: 'vi',
    data: { fullName: 'Nguyễn Thị Lan', code: 'ST-0001', nested: 'a "quoted" \\ value' },
    status: NotificationStatus.pending,
    attempts: 0,
    nextAttemptAt: at,
  });

  it('writes what TypeORM writes: JSON, dates, nulls, a new UUID key and the column defaults', async () => {
    const at = new Date('2027-03-31T16:59:58.123Z');
    await db.manager.insert(Notification, mail('by-typeorm', at));
    await insertRow(db.manager, Notification, mail('by-insert-row', at));
    const [typeorm, ours] = await Promise.all([
      db.manager.findOneByOrFail(Notification, { dedupeKey: 'by-typeorm' }),
      db.manager.findOneByOrFail(Notification, { dedupeKey: 'by-insert-row' }),
    ]);
    const comparable = (n: Notification) => {
      // The two rows differ only in their key, dedupe key and address.
      const { id, dedupeKey: _key, recipientEmail: _to, createdAt, updatedAt, ...rest } = n;
      return {
        idIsUuid: /^[0-9a-f-]{36}$/.test(id),
        rest,
        createdAt: !!createdAt,
        updatedAt: !!updatedAt,
      };
    };
    expect(comparable(ours)).toEqual(comparable(typeorm));
    // The same instant (to the second: MariaDB's datetime columns keep no fraction).
    expect(Math.floor(ours.nextAttemptAt.getTime() / 1000)).toBe(Math.floor(at.getTime() / 1000));
    expect(ours.data).toEqual(mail('x', at).data);
    expect(ours.queuedAt).toBeNull();
    expect(ours.lastError).toBeNull();
    expect(ours.id).not.toBe(typeorm.id);
  });

  it('skips rows that would break a unique index when asked, and refuses them otherwise', async () => {
    const at = new Date();
    await insertRows(db.manager, Notification, [mail('dup-1', at), mail('dup-2', at)]);
    await insertRows(
      db.manager,
      Notification,
      [{ ...mail('dup-1', at), recipientEmail: 'second@example.vn' }, mail('dup-3', at)],
      { ignoreDuplicates: true },
    );
    const first = await db.manager.findOneByOrFail(Notification, { dedupeKey: 'dup-1' });
    expect(first.recipientEmail).toBe('dup-1@example.vn');
    expect(await db.manager.countBy(Notification, { dedupeKey: 'dup-3' })).toBe(1);
    await expect(insertRow(db.manager, Notification, mail('dup-2', at))).rejects.toBeInstanceOf(
      QueryFailedError,
    );
  });

  it('splits a large set into statements the database accepts, every row written once', async () => {
    const at = new Date();
    const many = Array.from({ length: 1_234 }, (_, i) => mail(`bulk-${i}`, at));
    await insertRows(db.manager, Notification, many);
    const count = await db.manager
      .createQueryBuilder(Notification, 'n')
      .where('n.dedupeKey LIKE :prefix', { prefix: 'bulk-%' })
      .getCount();
    expect(count).toBe(1_234);
  });

  it('starts a version column at 1, as TypeORM does', async () => {
    const contest = await createContest(db);
    await insertRow(db.manager, Round, {
      contestId: contest.id,
      position: 7,
      nameVi: 'Vòng 7',
      nameEn: 'Round 7',
      mode: RoundMode.online,
      reviewsPerEntry: 3,
      criteria: FACTORY_CRITERIA,
    });
    const round = await db.manager.findOneByOrFail(Round, { contestId: contest.id, position: 7 });
    expect(round.version).toBe(1);
    expect(round.criteria).toEqual(FACTORY_CRITERIA);
  });

  it('refuses rows that name different properties, and properties that are no column', async () => {
    const at = new Date();
    const { recipientUserId: _dropped, ...short } = mail('short', at);
    await expect(insertRows(db.manager, Notification, [mail('long', at), short])).rejects.toThrow(
      /every row must name the same properties/,
    );
    await expect(
      insertRow(db.manager, Notification, { ...mail('odd', at), colour: 'red' } as never),
    ).rejects.toThrow(/no column for "colour"/);
    expect(await db.manager.countBy(Notification, { dedupeKey: 'long' })).toBe(0);
  });
});
