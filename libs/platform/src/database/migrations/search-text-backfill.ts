import type { QueryRunner } from 'typeorm';
import { foldVietnamese } from '../../text/fold-vietnamese';

/**
 * Fills the folded search columns of rows written before they existed, the way the
 * entries lib writes them from then on (`libs/entries/src/listing/search-text.ts`): each
 * non-empty field folded, joined by a line break. Which fields go in is spelled out here,
 * not imported, because a migration must keep doing what it did when it landed.
 */
export async function backfillSearchText(queryRunner: QueryRunner): Promise<void> {
  const q = (name: string) => queryRunner.connection.driver.escape(name);
  const fold = (...fields: Array<string | null>) =>
    fields
      .filter((field): field is string => !!field)
      .map(foldVietnamese)
      .join('\n');

  const entries: Array<{
    id: string;
    code: string;
    title: string;
    teamName: string | null;
    district: string | null;
  }> = await queryRunner.query(
    `SELECT ${['id', 'code', 'title', 'teamName', 'district'].map(q).join(', ')} FROM ${q('entries')}`,
  );
  for (const entry of entries)
    await queryRunner.query(
      `UPDATE ${q('entries')} SET ${q('searchText')} = ?, ${q('searchDistrict')} = ? WHERE ${q('id')} = ?`,
      [
        fold(entry.code, entry.title, entry.teamName),
        entry.district ? foldVietnamese(entry.district) : null,
        entry.id,
      ],
    );

  const members: Array<{ id: string; fullName: string; email: string }> = await queryRunner.query(
    `SELECT ${['id', 'fullName', 'email'].map(q).join(', ')} FROM ${q('entry_members')}`,
  );
  for (const member of members)
    await queryRunner.query(
      `UPDATE ${q('entry_members')} SET ${q('searchText')} = ? WHERE ${q('id')} = ?`,
      [fold(member.fullName, member.email), member.id],
    );
}
