import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAwards1796528924540 implements MigrationInterface {
  name = 'AddAwards1796528924540';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`awards\` (\`id\` varchar(36) NOT NULL, \`contestId\` varchar(36) NOT NULL, \`prizeId\` varchar(36) NOT NULL, \`entryId\` varchar(36) NOT NULL, \`slot\` varchar(16) NULL, \`seat\` int NULL, \`fromProposal\` tinyint NOT NULL DEFAULT 0, \`reason\` text NULL, \`replacesAwardId\` varchar(36) NULL, \`proposedBy\` varchar(36) NOT NULL, \`confirmedBy\` varchar(36) NULL, \`confirmedAt\` datetime NULL, \`supersededBy\` varchar(36) NULL, \`supersededAt\` datetime NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`UQ_awards_slot\` (\`prizeId\`, \`entryId\`, \`slot\`), UNIQUE INDEX \`UQ_awards_seat\` (\`prizeId\`, \`seat\`), INDEX \`IDX_e38867d5a20d9afc04236f2cdb\` (\`entryId\`), INDEX \`IDX_7a59636c499f3b41b7a34d005b\` (\`contestId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`contest_prizes\` (\`id\` varchar(36) NOT NULL, \`contestId\` varchar(36) NOT NULL, \`categoryId\` varchar(36) NULL, \`kind\` varchar(16) NOT NULL, \`nameVi\` varchar(200) NOT NULL, \`nameEn\` varchar(200) NOT NULL, \`amount\` int NOT NULL, \`quantity\` int NOT NULL, \`position\` int NOT NULL DEFAULT '0', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_6e84ba38007f6099530d1c0354\` (\`contestId\`, \`position\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`round_feedback_releases\` (\`id\` varchar(36) NOT NULL, \`roundId\` varchar(36) NOT NULL, \`contestId\` varchar(36) NOT NULL, \`released\` tinyint NOT NULL DEFAULT 0, \`updatedBy\` varchar(36) NOT NULL, \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_8c12aff7c49af31acfb51c1069\` (\`roundId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX \`IDX_8c12aff7c49af31acfb51c1069\` ON \`round_feedback_releases\``,
    );
    await queryRunner.query(`DROP TABLE \`round_feedback_releases\``);
    await queryRunner.query(`DROP INDEX \`IDX_6e84ba38007f6099530d1c0354\` ON \`contest_prizes\``);
    await queryRunner.query(`DROP TABLE \`contest_prizes\``);
    await queryRunner.query(`DROP INDEX \`IDX_7a59636c499f3b41b7a34d005b\` ON \`awards\``);
    await queryRunner.query(`DROP INDEX \`IDX_e38867d5a20d9afc04236f2cdb\` ON \`awards\``);
    await queryRunner.query(`DROP INDEX \`UQ_awards_seat\` ON \`awards\``);
    await queryRunner.query(`DROP INDEX \`UQ_awards_slot\` ON \`awards\``);
    await queryRunner.query(`DROP TABLE \`awards\``);
  }
}
