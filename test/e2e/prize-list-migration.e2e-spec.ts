import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/platform/config/app-config';
import { databaseOptions } from '@app/platform/database/database-options';
import { PROFILES, testEnvironment } from '../support/environment';

interface PrizeRow {
  id: string;
  kind: string;
  nameVi: string;
  nameEn: string;
  amount: number;
  quantity: number;
  categoryId: string | null;
}

/**
 * Before one list, a contest kept prizes twice: JSON on the contest row (the contest form)
 * and `contest_prizes` (the awards page). The migration merges the first into the second:
 * a prize of the same name is the listed one (awards keep pointing at it, the larger
 * number and any missing amount taken), the others are added with the kind their key or
 * name says, and the JSON column goes.
 */
describe.each(PROFILES)('prize list migration (%s profile)', (profile) => {
  let options: ReturnType<typeof databaseOptions>;
  const open = (migrations: Function[]) =>
    new DataSource({ ...options, migrations } as typeof options).initialize();

  beforeAll(async () => {
    options = databaseOptions(loadConfig(await testEnvironment(profile)));
  });

  it('moves both old lists into the one list without losing a prize or an award', async () => {
    const all = options.migrations as Function[];
    const at = all.findIndex((m) => m.name.startsWith('MergePrizeLists'));
    expect(at).toBeGreaterThan(0);

    const before = await open(all.slice(0, at));
    await before.runMigrations({ transaction: 'each' });
    const q = (name: string) => (profile === 'embedded' ? `"${name}"` : `\`${name}\``);
    const insert = (table: string, row: Record<string, unknown>) =>
      before.query(
        `INSERT INTO ${q(table)} (${Object.keys(row).map(q).join(', ')}) VALUES (${Object.keys(row)
          .map(() => '?')
          .join(', ')})`,
        Object.values(row),
      );
    const contest = async (prizes: unknown[] | null) => {
      const id = randomUUID();
      const code = `M${randomUUID().slice(0, 6).toUpperCase()}`;
      await insert('contests', {
        id,
        slug: `di-tru-${code.toLowerCase()}`,
        codePrefix: code,
        nameVi: 'Cuộc thi trước khi gộp',
        nameEn: 'A contest before the merge',
        kind: 'startup_competition',
        descriptionVi: 'Mô tả',
        descriptionEn: 'About',
        status: 'judging',
        prizes: prizes === null ? null : JSON.stringify(prizes),
      });
      return id;
    };
    const listed = async (contestId: string, row: Partial<PrizeRow> & { position: number }) => {
      const id = randomUUID();
      await insert('contest_prizes', {
        id,
        contestId,
        categoryId: null,
        kind: 'first',
        nameVi: 'Giải',
        nameEn: 'Prize',
        amount: 0,
        quantity: 1,
        ...row,
      });
      return id;
    };

    // Both lists, sharing "Giải Nhất" (written differently), with an award of it.
    const both = await contest([
      { key: 'giai-nhat', nameVi: 'giải  nhất', nameEn: 'First', count: 2, amountVnd: 50e6 },
      { key: 'giai-ba', nameVi: 'Giải Ba', nameEn: 'Third prize', count: 3, amountVnd: null },
      {
        key: 'hay-nhat',
        nameVi: 'Ý tưởng hay nhất',
        nameEn: 'Best idea',
        count: 1,
        amountVnd: 5e6,
      },
    ]);
    const first = await listed(both, {
      nameVi: 'Giải Nhất',
      nameEn: 'First prize',
      amount: 40e6,
      position: 0,
    });
    const special = await listed(both, {
      kind: 'special',
      nameVi: 'Giải nhóm nữ',
      nameEn: 'Women-led team',
      position: 1,
    });
    const award = randomUUID();
    await insert('awards', {
      id: award,
      contestId: both,
      prizeId: first,
      entryId: randomUUID(),
      slot: 'confirmed',
      seat: 1,
      proposedBy: randomUUID(),
    });
    // Only the form's list; only the awards page's list.
    const formOnly = await contest([
      {
        key: 'khuyen-khich',
        nameVi: 'Giải Khuyến khích',
        nameEn: 'Encouragement',
        count: 5,
        amountVnd: 2e6,
      },
    ]);
    const tableOnly = await contest(null);
    const untouched = await listed(tableOnly, { kind: 'second', amount: 7e6, position: 0 });
    await before.destroy();

    const after = await open(all);
    await after.runMigrations({ transaction: 'each' });
    const prizes = async (contestId: string): Promise<PrizeRow[]> =>
      (
        await after.query(
          `SELECT ${['id', 'kind', 'nameVi', 'nameEn', 'amount', 'quantity', 'categoryId'].map(q).join(', ')} FROM ${q('contest_prizes')} WHERE ${q('contestId')} = ? ORDER BY ${q('position')}`,
          [contestId],
        )
      ).map((p: PrizeRow) => ({ ...p, amount: Number(p.amount), quantity: Number(p.quantity) }));
    const shape = (p: PrizeRow) => [p.kind, p.nameVi, p.quantity, p.amount];

    const merged = await prizes(both);
    expect(merged.map(shape)).toEqual([
      ['first', 'Giải Nhất', 2, 40e6],
      ['special', 'Giải nhóm nữ', 1, 0],
      ['third', 'Giải Ba', 3, 0],
      ['special', 'Ý tưởng hay nhất', 1, 5e6],
    ]);
    expect(merged.slice(0, 2).map((p) => p.id)).toEqual([first, special]);
    const [awarded] = await after.query(
      `SELECT ${q('prizeId')} AS prizeId FROM ${q('awards')} WHERE ${q('id')} = ?`,
      [award],
    );
    expect(awarded.prizeId).toBe(first);
    expect((await prizes(formOnly)).map(shape)).toEqual([
      ['consolation', 'Giải Khuyến khích', 5, 2e6],
    ]);
    expect((await prizes(tableOnly)).map((p) => [p.id, p.kind, p.amount])).toEqual([
      [untouched, 'second', 7e6],
    ]);
    const table = await after.createQueryRunner().getTable('contests');
    expect(table?.columns.map((c) => c.name)).not.toContain('prizes');
    await after.destroy();
  });
});
