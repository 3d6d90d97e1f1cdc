import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReviewBlindConflictDeclarations1796406754176 implements MigrationInterface {
  name = 'ReviewBlindConflictDeclarations1796406754176';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`conflicts_of_interest\` ADD \`status\` varchar(16) NOT NULL DEFAULT 'effective'`,
    );
    await queryRunner.query(
      `ALTER TABLE \`conflicts_of_interest\` ADD \`reviewedBy\` varchar(36) NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE \`conflicts_of_interest\` ADD \`reviewedAt\` datetime NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`conflicts_of_interest\` DROP COLUMN \`reviewedAt\``);
    await queryRunner.query(`ALTER TABLE \`conflicts_of_interest\` DROP COLUMN \`reviewedBy\``);
    await queryRunner.query(`ALTER TABLE \`conflicts_of_interest\` DROP COLUMN \`status\``);
  }
}
