import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddFestivalSequence1796623886501 implements MigrationInterface {
  name = 'AddFestivalSequence1796623886501';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`festivals\` ADD \`sequence\` int NOT NULL DEFAULT '0'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`festivals\` DROP COLUMN \`sequence\``);
  }
}
