import { MigrationInterface, QueryRunner } from 'typeorm';

/** The entry's commune or ward, chosen from a list since local government has two levels. */
export class AddEntryCommune1796530000001 implements MigrationInterface {
  name = 'AddEntryCommune1796530000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`entries\` ADD \`commune\` varchar(100) NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`entries\` DROP COLUMN \`commune\``);
  }
}
