import { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillSearchCommune } from '../search-commune-backfill';

/** The commune folded for the organizers' search (accents and case ignored). */
export class AddEntrySearchCommune1796540000000 implements MigrationInterface {
  name = 'AddEntrySearchCommune1796540000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "entries" ADD COLUMN "searchCommune" varchar(100)`);
    // Entries that chose a commune before: the search must find them too.
    await backfillSearchCommune(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "entries" DROP COLUMN "searchCommune"`);
  }
}
