import type { QueryRunner } from 'typeorm';
import { foldVietnamese } from '../../text/fold-vietnamese';

/**
 * Fills the folded commune of entries that chose a commune before the column existed, the
 * way `libs/entries/src/listing/search-text.ts` writes it from then on (spelled out here:
 * a migration must keep doing what it did when it landed).
 */
export async function backfillSearchCommune(queryRunner: QueryRunner): Promise<void> {
  const q = (name: string) => queryRunner.connection.driver.escape(name);
  const entries: Array<{ id: string; commune: string }> = await queryRunner.query(
    `SELECT ${q('id')}, ${q('commune')} FROM ${q('entries')} WHERE ${q('commune')} IS NOT NULL`,
  );
  for (const entry of entries)
    await queryRunner.query(
      `UPDATE ${q('entries')} SET ${q('searchCommune')} = ? WHERE ${q('id')} = ?`,
      [foldVietnamese(entry.commune), entry.id],
    );
}
