import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddRoundMaxLoad1796520525596 implements MigrationInterface {
  name = 'AddRoundMaxLoad1796520525596';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`contest_rounds\` ADD \`maxLoadPerJudge\` int NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`contest_rounds\` DROP COLUMN \`maxLoadPerJudge\``);
  }
}
