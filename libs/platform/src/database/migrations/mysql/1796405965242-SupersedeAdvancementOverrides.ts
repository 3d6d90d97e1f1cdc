import { MigrationInterface, QueryRunner } from 'typeorm';

export class SupersedeAdvancementOverrides1796405965242 implements MigrationInterface {
  name = 'SupersedeAdvancementOverrides1796405965242';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`advancement_overrides\` ADD \`slot\` varchar(16) NULL`);
    await queryRunner.query(
      `ALTER TABLE \`advancement_overrides\` ADD \`supersededBy\` varchar(36) NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE \`advancement_overrides\` ADD \`supersededAt\` datetime NULL`,
    );
    // Existing rows take their slot; where one entry had several pending or several
    // confirmed overrides, the latest keeps the slot (as the decision used to read them)
    // and the others are superseded, so the unique index below can be built.
    await queryRunner.query(
      `UPDATE \`advancement_overrides\` SET \`slot\` = CASE WHEN \`confirmedAt\` IS NULL THEN 'pending' ELSE 'confirmed' END`,
    );
    await queryRunner.query(
      `UPDATE \`advancement_overrides\` a JOIN \`advancement_overrides\` b ON b.\`roundId\` = a.\`roundId\` AND b.\`entryId\` = a.\`entryId\` AND (b.\`confirmedAt\` IS NULL) = (a.\`confirmedAt\` IS NULL) AND (COALESCE(b.\`confirmedAt\`, b.\`createdAt\`) > COALESCE(a.\`confirmedAt\`, a.\`createdAt\`) OR (COALESCE(b.\`confirmedAt\`, b.\`createdAt\`) = COALESCE(a.\`confirmedAt\`, a.\`createdAt\`) AND b.\`id\` > a.\`id\`)) SET a.\`slot\` = NULL, a.\`supersededAt\` = CURRENT_TIMESTAMP`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX \`UQ_advancement_overrides_slot\` ON \`advancement_overrides\` (\`roundId\`, \`entryId\`, \`slot\`)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX \`UQ_advancement_overrides_slot\` ON \`advancement_overrides\``,
    );
    await queryRunner.query(`ALTER TABLE \`advancement_overrides\` DROP COLUMN \`supersededAt\``);
    await queryRunner.query(`ALTER TABLE \`advancement_overrides\` DROP COLUMN \`supersededBy\``);
    await queryRunner.query(`ALTER TABLE \`advancement_overrides\` DROP COLUMN \`slot\``);
  }
}
