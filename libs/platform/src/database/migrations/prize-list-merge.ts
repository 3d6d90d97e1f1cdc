import { randomUUID } from 'node:crypto';
import type { QueryRunner } from 'typeorm';
import { foldVietnamese } from '../../text/fold-vietnamese';

/** A prize as the contest form stored it in `contests.prizes` before the lists were one. */
interface FormPrize {
  key?: string;
  nameVi?: string;
  nameEn?: string;
  count?: number;
  amountVnd?: number | null;
}

interface ListedPrize {
  id: string;
  nameVi: string;
  nameEn: string;
  amount: number;
  quantity: number;
  position: number;
}

/** The largest value of the `amount` int column. */
const MAX_AMOUNT = 2_147_483_647;

/**
 * Moves the contest form's prizes (JSON on the contest row) into `contest_prizes`, the
 * list awards point at, before the JSON column is dropped; nothing of either is lost.
 *
 * - A form prize with the same name (Vietnamese or English, case and spacing aside) as a
 *   listed prize of the contest is that prize: the listed row stays (its awards keep their
 *   prizeId), takes the larger of the two numbers, and the form's amount if it had none.
 * - Any other form prize is added after the listed ones, in the form's order, with its
 *   kind read from its key or name ("giai-nhat", "Giải Nhì", "Third prize", "Khuyến
 *   khích"...), otherwise `special`, which the platform never proposes on its own.
 * - A form prize without an amount has 0 (a prize without money, as the list shows it).
 *
 * Spelled out here rather than shared with the contests lib: a migration must keep doing
 * what it did when it landed.
 */
export async function mergePrizeLists(queryRunner: QueryRunner): Promise<void> {
  const q = (name: string) => queryRunner.connection.driver.escape(name);
  const contests: Array<{ id: string; prizes: string | null }> = await queryRunner.query(
    `SELECT ${q('id')}, ${q('prizes')} FROM ${q('contests')} WHERE ${q('prizes')} IS NOT NULL`,
  );
  for (const contest of contests) {
    const formPrizes = parsed(contest.prizes);
    if (formPrizes.length === 0) continue;
    const listed: ListedPrize[] = await queryRunner.query(
      `SELECT ${['id', 'nameVi', 'nameEn', 'amount', 'quantity', 'position'].map(q).join(', ')} FROM ${q('contest_prizes')} WHERE ${q('contestId')} = ? ORDER BY ${q('position')}, ${q('createdAt')}`,
      [contest.id],
    );
    let position = Math.max(-1, ...listed.map((p) => Number(p.position))) + 1;
    for (const prize of formPrizes) {
      const nameVi = String(prize.nameVi ?? prize.nameEn ?? prize.key ?? '').trim();
      const nameEn = String(prize.nameEn ?? prize.nameVi ?? prize.key ?? '').trim();
      const quantity = Math.max(1, Math.trunc(Number(prize.count) || 1));
      const amount = Math.max(0, Math.trunc(Number(prize.amountVnd) || 0));
      if (amount > MAX_AMOUNT)
        throw new Error(
          `Prize "${nameVi}" of contest ${contest.id} has an amount (${amount}) above ${MAX_AMOUNT}; lower it in contests.prizes and run the migration again`,
        );
      const same = listed.find(
        (p) => sameName(p.nameVi, nameVi) || (nameEn !== '' && sameName(p.nameEn, nameEn)),
      );
      if (same) {
        await queryRunner.query(
          `UPDATE ${q('contest_prizes')} SET ${q('quantity')} = ?, ${q('amount')} = ? WHERE ${q('id')} = ?`,
          [
            Math.max(Number(same.quantity), quantity),
            Number(same.amount) > 0 ? Number(same.amount) : amount,
            same.id,
          ],
        );
        continue;
      }
      const id = randomUUID();
      await queryRunner.query(
        `INSERT INTO ${q('contest_prizes')} (${['id', 'contestId', 'categoryId', 'kind', 'nameVi', 'nameEn', 'amount', 'quantity', 'position'].map(q).join(', ')}) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?)`,
        [id, contest.id, kindOf(prize), nameVi, nameEn, amount, quantity, position],
      );
      // A later form prize of the same name merges into this one rather than repeating it.
      listed.push({ id, nameVi, nameEn, amount, quantity, position });
      position++;
    }
  }
}

function parsed(json: string | null): FormPrize[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value)
      ? value.filter((p): p is FormPrize => typeof p === 'object' && p !== null)
      : [];
  } catch {
    return [];
  }
}

const normalName = (name: string) =>
  name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

export function sameName(a: string, b: string): boolean {
  return normalName(a) !== '' && normalName(a) === normalName(b);
}

/** The kind a form prize's key or name says; `special` when it says none. */
export function kindOf(prize: FormPrize): string {
  const words = [prize.key ?? '', prize.nameVi ?? '', prize.nameEn ?? ''].map((text) =>
    foldVietnamese(text)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim(),
  );
  const says = (pattern: RegExp) => words.some((text) => pattern.test(text));
  if (says(/^(giai )?khuyen khich\b|^(consolation|encouragement)\b/)) return 'consolation';
  if (says(/^(giai )?nhat\b|^first\b/)) return 'first';
  if (says(/^(giai )?nhi\b|^second\b/)) return 'second';
  if (says(/^(giai )?ba\b|^third\b/)) return 'third';
  return 'special';
}
