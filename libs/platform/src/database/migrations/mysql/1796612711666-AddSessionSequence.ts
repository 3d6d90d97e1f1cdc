import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSessionSequence1796612711666 implements MigrationInterface {
  name = 'AddSessionSequence1796612711666';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`festival_sessions\` ADD \`sequence\` int NOT NULL DEFAULT '0'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`festival_sessions\` DROP COLUMN \`sequence\``);
  }
}
