import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddUserErasedAt1796406340288 implements MigrationInterface {
  name = 'AddUserErasedAt1796406340288';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`users\` ADD \`erasedAt\` datetime NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`users\` DROP COLUMN \`erasedAt\``);
  }
}
