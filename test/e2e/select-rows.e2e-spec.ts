import { DataSource, EntityNotFoundError, In } from 'typeorm';
import { AuthSession, SessionKind } from '@app/accounts/sessions/auth-session.entity';
import { User } from '@app/accounts/users/user.entity';
import { Contest } from '@app/contests/contests/contest.entity';
import { Round, RoundMode } from '@app/contests/rounds/round.entity';
import { ContestQuestion, QuestionKind } from '@app/contests/questions/contest-question.entity';
import { Entry } from '@app/entries/entries/entry.entity';
import { MemberConfirmation, TeamMember } from '@app/entries/members/team-member.entity';
import {
  entityOf,
  selectListOf,
  selectRow,
  selectRowOrFail,
  selectRows,
  tableOf,
} from '@app/platform/database/select-rows';
import { updateRows } from '@app/platform/database/update-rows';
import { createContest, createQuestion, createRound } from '../support/contest-factory';
import type { ContestFixture } from '../support/contest-factory';
import { createUser, openDatabase } from '../support/database';
import { insertEntryRow } from '../support/entry-row';
import { PROFILES, testEnvironment } from '../support/environment';

/**
 * selectRows reads what `find` reads, on both databases: the same instances with the same
 * values (JSON, simple-json, dates, nulls, numbers), the same rows for the same filter,
 * order and limit, and on MariaDB the row stays locked for the transaction. updateRows
 * writes what `manager.update` writes, version and update date included.
 */
describe.each(PROFILES)('selectRows and updateRows (%s profile)', (profile) => {
  let db: DataSource;
  let contest: ContestFixture;
  let owner: User;
  let entry: Entry;

  beforeAll(async () => {
    db = await openDatabase(await testEnvironment(profile));
    await db.runMigrations({ transaction: 'each' });
    contest = await createContest(db);
    owner = await createUser(db, { fullName: 'Trần Thị "Bích" \\ Ngọc' });
    entry = await insertEntryRow(db, contest, owner, {
      summary: 'Tóm tắt có dấu',
      answers: { 'cau-hoi': 'Trả lời', 'so-luong': 12 },
      businessRegisteredOn: '2024-02-29',
      submittedAt: new Date('2027-03-31T16:59:58.000Z'),
    });
    for (const [position, name] of ['Lan', 'An', 'Bình'].entries())
      await db.manager.insert(TeamMember, {
        entryId: entry.id,
        contestId: contest.id,
        fullName: name,
        email: `${name.toLowerCase()}.${entry.id.slice(0, 8)}@example.vn`,
        position: 2 - position,
        confirmation: position === 0 ? MemberConfirmation.confirmed : MemberConfirmation.pending,
      } as Partial<TeamMember>);
    await createQuestion(db, contest, {
      kind: QuestionKind.choice,
      options: ['Có', 'Không'],
      required: true,
    });
  });
  afterAll(() => db?.destroy());

  it('reads an entry as find does: same class, same values of every column type', async () => {
    const ours = await selectRow(db.manager, Entry, { id: entry.id, ownerId: owner.id });
    const theirs = await db.manager.findOneOrFail(Entry, {
      where: { id: entry.id, ownerId: owner.id },
    });
    expect(ours).toBeInstanceOf(Entry);
    expect(ours).toEqual(theirs);
    expect(ours!.answers).toEqual({ 'cau-hoi': 'Trả lời', 'so-luong': 12 });
    expect(ours!.submittedAt).toBeInstanceOf(Date);
    expect(ours!.fieldKey).toBeNull();
    expect(
      await selectRow(db.manager, Entry, { id: entry.id, ownerId: 'someone-else' }),
    ).toBeNull();
  });

  it('reads JSON columns, numbers and booleans as find does (contest, question, user)', async () => {
    expect(await selectRowOrFail(db.manager, Contest, { id: contest.id })).toEqual(
      await db.manager.findOneByOrFail(Contest, { id: contest.id }),
    );
    expect(await selectRows(db.manager, ContestQuestion, { contestId: contest.id })).toEqual(
      await db.manager.find(ContestQuestion, { where: { contestId: contest.id } }),
    );
    const user = await selectRowOrFail(db.manager, User, { id: owner.id });
    expect(user).toEqual(await db.manager.findOneByOrFail(User, { id: owner.id }));
    expect(user.fullName).toBe('Trần Thị "Bích" \\ Ngọc');
  });

  it('orders, limits and filters on NULL as find does', async () => {
    const members = await selectRows(
      db.manager,
      TeamMember,
      { entryId: entry.id },
      { orderBy: { position: 'ASC' } },
    );
    expect(members.map((m) => m.fullName)).toEqual(['Bình', 'An', 'Lan']);
    expect(members).toEqual(
      await db.manager.find(TeamMember, {
        where: { entryId: entry.id },
        order: { position: 'ASC' },
      }),
    );
    const last = await selectRows(
      db.manager,
      TeamMember,
      { entryId: entry.id },
      { orderBy: { position: 'DESC' }, limit: 1 },
    );
    expect(last.map((m) => m.fullName)).toEqual(['Lan']);
    const drafts = await selectRows(db.manager, Entry, { id: entry.id, submittedRevision: null });
    expect(drafts.map((e) => e.id)).toEqual([entry.id]);
    expect(await selectRows(db.manager, Entry, { id: entry.id, fieldKey: 'nothing' })).toEqual([]);
  });

  it('fails as findOneOrFail does, and refuses an undefined value or an unknown column', async () => {
    await expect(
      selectRowOrFail(db.manager, Contest, { id: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toBeInstanceOf(EntityNotFoundError);
    await expect(selectRows(db.manager, Entry, { id: undefined })).rejects.toThrow(/undefined/);
    await expect(
      selectRows(db.manager, Entry, { nothing: 'x' } as unknown as { id: string }),
    ).rejects.toThrow(/no column nothing/);
  });

  it('hydrates two entities read in one joined row (a session and its user)', async () => {
    const session = db.manager.create(AuthSession, {
      userId: owner.id,
      kind: SessionKind.api,
      cookieHash: null,
      expiresAt: new Date('2030-01-01T00:00:00.000Z'),
      revokedAt: null,
      revokeReason: null,
    } as Partial<AuthSession>);
    await db.manager.insert(AuthSession, session);
    const escape = (name: string) => db.driver.escape(name);
    const [row] = (await db.manager.query(
      `SELECT ${selectListOf(db.manager, AuthSession, 's')}, ${selectListOf(db.manager, User, 'u')}
         FROM ${escape('auth_sessions')} s JOIN ${escape('users')} u ON u.id = s.userId
        WHERE s.id = ?`,
      [session.id],
    )) as Record<string, unknown>[];
    const readSession = entityOf(db.manager, AuthSession, row, 's');
    const readUser = entityOf(db.manager, User, row, 'u');
    expect(readSession).toEqual(await db.manager.findOneByOrFail(AuthSession, { id: session.id }));
    expect(readUser).toEqual(await db.manager.findOneByOrFail(User, { id: owner.id }));
  });

  it('locks the row FOR UPDATE on MariaDB until the transaction ends (SQLite serialises transactions instead)', async () => {
    await db.transaction(async (manager) => {
      const locked = await selectRow(manager, Entry, { id: entry.id }, { forUpdate: true });
      expect(locked?.id).toBe(entry.id);
      if (profile !== 'production') return;
      const other = db.createQueryRunner();
      try {
        await other.query('SET SESSION innodb_lock_wait_timeout = 1');
        await other.startTransaction();
        await expect(
          other.query('UPDATE entries SET title = ? WHERE id = ?', ['x', entry.id]),
        ).rejects.toThrow(/Lock wait timeout/);
        await other.rollbackTransaction();
      } finally {
        await other.release();
      }
    });
  });

  it('updates as manager.update does: values through the driver, version and update date moved', async () => {
    const ours = await createRound(db, contest, { position: 2 });
    const theirs = await createRound(db, contest, { position: 3 });
    const before = await db.manager.findOneByOrFail(Round, { id: ours.id });
    const values: Partial<Round> = {
      nameVi: 'Vòng "chung kết" \\ mới',
      judgingClosesAt: new Date('2027-04-30T10:00:00.000Z'),
      advancementRule: { topNPerCategory: 5, minTotal: null, zeroVeto: true },
      maxLoadPerJudge: null,
    };
    // An update date in the past, so that moving it shows (datetime columns keep whole seconds).
    const past = new Date('2020-01-01T00:00:00.000Z');
    await db.manager.query(
      `UPDATE ${tableOf(db.manager, Round)} SET updatedAt = ? WHERE id IN (?, ?)`,
      [profile === 'production' ? past : '2020-01-01 00:00:00', ours.id, theirs.id],
    );
    expect(await updateRows(db.manager, Round, { id: ours.id }, values)).toBe(1);
    const affected = (await db.manager.update(Round, { id: theirs.id }, values)).affected;
    expect(affected).toBe(1);
    const [a, b] = await Promise.all([
      db.manager.findOneByOrFail(Round, { id: ours.id }),
      db.manager.findOneByOrFail(Round, { id: theirs.id }),
    ]);
    // The two rounds differ in their key, position and English name only.
    const comparable = ({
      id: _id,
      position: _p,
      nameEn: _n,
      createdAt: _c,
      updatedAt: _u,
      ...rest
    }: Round) => rest;
    expect(comparable(a)).toEqual(comparable(b));
    expect(a.version).toBe(before.version + 1);
    expect(a.nameVi).toBe(values.nameVi);
    expect(a.advancementRule).toEqual(values.advancementRule);
    expect(a.updatedAt.getTime()).toBeGreaterThan(past.getTime());
    expect(b.updatedAt.getTime()).toBeGreaterThan(past.getTime());
  });

  it('counts the rows it changed, and refuses an unknown property or nothing to set', async () => {
    const round = await createRound(db, contest, { position: 4 });
    expect(
      await updateRows(db.manager, Round, { id: round.id, contestId: 'another' }, { position: 5 }),
    ).toBe(0);
    await expect(updateRows(db.manager, Round, { id: round.id }, {})).rejects.toThrow(/nothing/);
    await expect(
      updateRows(db.manager, Round, { id: round.id }, { nothing: 1 } as Partial<Round>),
    ).rejects.toThrow(/no updatable column nothing/);
    await db.transaction(async (manager) => {
      expect(await updateRows(manager, Round, { id: round.id }, { position: 7 })).toBe(1);
    });
    expect((await db.manager.findOneByOrFail(Round, { id: round.id })).position).toBe(7);
  });

  it('reads and updates the rows of a list (IN), long lists too, and an empty list matches nothing', async () => {
    const rounds = [];
    for (let position = 10; position < 50; position++)
      rounds.push(await createRound(db, contest, { position }));
    const ids = rounds.map((r) => r.id);
    const some = ids.slice(0, 3);
    expect((await selectRows(db.manager, Round, { id: some })).map((r) => r.id).sort()).toEqual(
      [...some].sort(),
    );
    // Longer than the statements kept for reuse: built for the call, same answer.
    expect(
      await selectRows(db.manager, Round, { id: ids }, { orderBy: { position: 'ASC' } }),
    ).toEqual(await db.manager.find(Round, { where: { id: In(ids) }, order: { position: 'ASC' } }));
    expect(await selectRows(db.manager, Round, { id: [] })).toEqual([]);
    expect(
      await updateRows(
        db.manager,
        Round,
        { id: ids, mode: [RoundMode.online] },
        { reviewsPerEntry: 2 },
      ),
    ).toBe(ids.length);
    expect(await updateRows(db.manager, Round, { id: [] }, { reviewsPerEntry: 9 })).toBe(0);
    const after = await db.manager.findBy(Round, { id: In(ids) });
    expect(after.every((r) => r.reviewsPerEntry === 2)).toBe(true);
  });
});
