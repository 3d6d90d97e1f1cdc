import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMemberConfirmation1796406069167 implements MigrationInterface {
  name = 'AddMemberConfirmation1796406069167';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`entry_members\` ADD \`confirmation\` varchar(16) NOT NULL DEFAULT 'pending'`,
    );
    await queryRunner.query(`ALTER TABLE \`entry_members\` ADD \`respondedAt\` datetime NULL`);
    await queryRunner.query(
      `ALTER TABLE \`entry_members\` ADD \`invitationTokenHash\` varchar(64) NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE \`entry_members\` ADD UNIQUE INDEX \`IDX_ef21eb08c9b00ce0ec9825b4dc\` (\`invitationTokenHash\`)`,
    );
    await queryRunner.query(`ALTER TABLE \`entry_members\` ADD \`invitedAt\` datetime NULL`);
    // Teams listed before members were asked to confirm were accepted under the old rules.
    await queryRunner.query(`UPDATE \`entry_members\` SET \`confirmation\` = 'confirmed'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`entry_members\` DROP COLUMN \`invitedAt\``);
    await queryRunner.query(
      `ALTER TABLE \`entry_members\` DROP INDEX \`IDX_ef21eb08c9b00ce0ec9825b4dc\``,
    );
    await queryRunner.query(`ALTER TABLE \`entry_members\` DROP COLUMN \`invitationTokenHash\``);
    await queryRunner.query(`ALTER TABLE \`entry_members\` DROP COLUMN \`respondedAt\``);
    await queryRunner.query(`ALTER TABLE \`entry_members\` DROP COLUMN \`confirmation\``);
  }
}
