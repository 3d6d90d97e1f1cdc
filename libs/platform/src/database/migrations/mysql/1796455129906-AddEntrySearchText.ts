import { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillSearchText } from '../search-text-backfill';

export class AddEntrySearchText1796455129906 implements MigrationInterface {
  name = 'AddEntrySearchText1796455129906';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`entries\` ADD \`searchText\` varchar(400) NOT NULL DEFAULT ''`,
    );
    await queryRunner.query(`ALTER TABLE \`entries\` ADD \`searchDistrict\` varchar(100) NULL`);
    await queryRunner.query(
      `ALTER TABLE \`entry_members\` ADD \`searchText\` varchar(400) NOT NULL DEFAULT ''`,
    );
    // Entries and members written before: organizers' search must find them too.
    await backfillSearchText(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`entry_members\` DROP COLUMN \`searchText\``);
    await queryRunner.query(`ALTER TABLE \`entries\` DROP COLUMN \`searchDistrict\``);
    await queryRunner.query(`ALTER TABLE \`entries\` DROP COLUMN \`searchText\``);
  }
}
