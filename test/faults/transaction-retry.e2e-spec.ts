import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  ConcurrentChange,
  DomainError,
  ErrorCode,
  LOCK_CONFLICT_TRIES,
  RACE_TRIES,
  TransactionRunner,
} from '@app/platform';
import { createUser, openDatabase } from '../support/database';
import { PROFILES, testEnvironment } from '../support/environment';
import { RunningPortal, startPortal, waitFor } from '../support/portal';

/** A promise and the function that settles it: one side of a barrier between two units. */
function signal() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

/**
 * The transaction runner runs a whole unit of work again when the database aborted it as a
 * deadlock victim, and when a concurrent writer won a race (runRacing). Real transactions
 * on the real servers: the deadlock below is made by two units locking two rows in
 * opposite orders, which InnoDB breaks at once by rolling one of them back.
 */
describe('transaction retries (production profile: a real MariaDB deadlock)', () => {
  let db: DataSource;
  let runner: TransactionRunner;

  beforeAll(async () => {
    db = await openDatabase(await testEnvironment('production'));
    runner = new TransactionRunner(db);
    await db.query('CREATE TABLE probe (id INT PRIMARY KEY, v INT NOT NULL) ENGINE=InnoDB');
  });
  afterAll(async () => {
    await db?.destroy();
  });
  beforeEach(async () => {
    await db.query('DELETE FROM probe');
    await db.query('INSERT INTO probe (id, v) VALUES (1, 0), (2, 0)');
  });

  it('re-runs the deadlock victim whole: both units land, each once', async () => {
    const firstHolds = signal();
    const secondHolds = signal();
    const runs = { first: 0, second: 0 };
    const first = runner.run(async (manager) => {
      runs.first++;
      await manager.query('UPDATE probe SET v = v + 1 WHERE id = 1');
      if (runs.first === 1) {
        firstHolds.open();
        await secondHolds.opened;
      }
      await manager.query('UPDATE probe SET v = v + 1 WHERE id = 2');
    });
    const second = runner.run(async (manager) => {
      runs.second++;
      await manager.query('UPDATE probe SET v = v + 10 WHERE id = 2');
      if (runs.second === 1) {
        secondHolds.open();
        await firstHolds.opened;
      }
      await manager.query('UPDATE probe SET v = v + 10 WHERE id = 1');
    });

    await expect(Promise.all([first, second])).resolves.toBeDefined();
    // One of them was the victim and ran twice; its first run left nothing behind.
    expect(runs.first + runs.second).toBe(3);
    const rows: { id: number; v: number }[] = await db.query('SELECT id, v FROM probe ORDER BY id');
    expect(rows.map((r) => Number(r.v))).toEqual([11, 11]);
  });

  it('gives up after a bounded number of tries and passes the database error on', async () => {
    let runs = 0;
    const deadlock = Object.assign(new Error('Deadlock found when trying to get lock'), {
      errno: 1213,
    });
    await expect(
      runner.run(async (manager) => {
        runs++;
        await manager.query('UPDATE probe SET v = v + 1 WHERE id = 1');
        throw deadlock;
      }),
    ).rejects.toBe(deadlock);
    expect(runs).toBe(LOCK_CONFLICT_TRIES);
    const [row] = await db.query('SELECT v FROM probe WHERE id = 1');
    expect(Number(row.v)).toBe(0);
  });

  it('never re-runs a unit that failed for another reason', async () => {
    let runs = 0;
    await expect(
      runner.run(async () => {
        runs++;
        throw new DomainError(ErrorCode.NOT_FOUND, 'No such thing');
      }),
    ).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
    expect(runs).toBe(1);
  });
});

describe.each(PROFILES)('racing units (%s)', (profile) => {
  let db: DataSource;
  let runner: TransactionRunner;

  beforeAll(async () => {
    db = await openDatabase(await testEnvironment(profile));
    runner = new TransactionRunner(db);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('runs a unit that lost a race again and returns what the next run returns', async () => {
    let runs = 0;
    const result = await runner.runRacing(async () => {
      runs++;
      if (runs === 1) throw new ConcurrentChange();
      return 'landed';
    }, 'lost');
    expect(result).toBe('landed');
    expect(runs).toBe(2);
  });

  it('answers CONFLICT with the caller’s message once every try lost', async () => {
    let runs = 0;
    await expect(
      runner.runRacing(async () => {
        runs++;
        throw new ConcurrentChange();
      }, 'Someone else changed it; reload'),
    ).rejects.toMatchObject({
      code: ErrorCode.CONFLICT,
      message: 'Someone else changed it; reload',
    });
    expect(runs).toBe(RACE_TRIES);
  });
});

/**
 * Five reset requests for one account at the same instant each issue a token (closing the
 * others) and write a mail in one transaction; on MariaDB those transactions deadlock on
 * the token and outbox rows. Every request is answered 202 and every unit lands.
 */
describe('simultaneous password-reset requests (production profile)', () => {
  let portal: RunningPortal;
  let db: DataSource;

  beforeAll(async () => {
    const env = await testEnvironment('production');
    portal = await startPortal(env);
    db = await openDatabase(env);
  });
  afterAll(async () => {
    await portal?.stop();
    await db?.destroy();
  });

  it('answers 202 to each and writes each one’s mail', async () => {
    const user = await createUser(db);
    const statuses = await Promise.all(
      Array.from({ length: 5 }, async () => {
        const res = await request(portal.url)
          .post('/api/v1/auth/password/forgot')
          .send({ email: user.email });
        return res.status;
      }),
    );
    expect(statuses).toEqual([202, 202, 202, 202, 202]);
    const mails = await waitFor(async () => {
      const rows: unknown[] = await db.query(
        'SELECT id FROM notifications WHERE recipientEmail = ? AND template = ?',
        [user.email, 'password-reset'],
      );
      return rows.length === 5 && rows;
    }, 'five reset mails in the outbox');
    expect(mails).toHaveLength(5);
  });
});
