import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddJudging1795690395804 implements MigrationInterface {
  name = 'AddJudging1795690395804';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`advancement_overrides\` (\`id\` varchar(36) NOT NULL, \`roundId\` varchar(36) NOT NULL, \`entryId\` varchar(36) NOT NULL, \`decision\` varchar(16) NOT NULL, \`reason\` text NOT NULL, \`proposedBy\` varchar(36) NOT NULL, \`confirmedBy\` varchar(36) NULL, \`confirmedAt\` datetime NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_95da6edbc2581964b2705056c2\` (\`roundId\`, \`entryId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`assignments\` (\`id\` varchar(36) NOT NULL, \`roundId\` varchar(36) NOT NULL, \`entryId\` varchar(36) NOT NULL, \`judgeUserId\` varchar(36) NOT NULL, \`status\` varchar(16) NOT NULL DEFAULT 'assigned', \`source\` varchar(8) NOT NULL DEFAULT 'auto', \`dueAt\` datetime NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_2e53cbc938c3a0278b83e2b6e2\` (\`entryId\`), INDEX \`IDX_e53176b2448df0c137966e2ba9\` (\`judgeUserId\`, \`status\`), UNIQUE INDEX \`IDX_971a8bfb2aed65c2b3be5f178c\` (\`roundId\`, \`entryId\`, \`judgeUserId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`round_entries\` (\`id\` varchar(36) NOT NULL, \`roundId\` varchar(36) NOT NULL, \`entryId\` varchar(36) NOT NULL, \`status\` varchar(16) NOT NULL DEFAULT 'in_round', \`decisionNote\` text NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_e62e64e21229fc25e0821d7b80\` (\`entryId\`), UNIQUE INDEX \`IDX_8dd1fa01ea156bae3146111eb7\` (\`roundId\`, \`entryId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`conflicts_of_interest\` (\`id\` varchar(36) NOT NULL, \`contestId\` varchar(36) NOT NULL, \`judgeUserId\` varchar(36) NOT NULL, \`subject\` varchar(16) NOT NULL, \`value\` varchar(254) NOT NULL, \`source\` varchar(16) NOT NULL, \`reason\` varchar(500) NULL, \`createdBy\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_b966237de04a2bcbd18f4fc6d6\` (\`contestId\`, \`judgeUserId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`contest_judges\` (\`id\` varchar(36) NOT NULL, \`contestId\` varchar(36) NOT NULL, \`userId\` varchar(36) NOT NULL, \`status\` varchar(16) NOT NULL DEFAULT 'invited', \`categoryKeys\` text NULL, \`fieldKeys\` text NULL, \`invitedBy\` varchar(36) NULL, \`respondedAt\` datetime NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_846a5c3561f81411b2d105fa93\` (\`userId\`), UNIQUE INDEX \`IDX_b6e50cd19f8cd2998dfc2cf5db\` (\`contestId\`, \`userId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`ranking_results\` (\`id\` varchar(36) NOT NULL, \`roundId\` varchar(36) NOT NULL, \`scoreCount\` int NOT NULL, \`content\` text NOT NULL, \`computedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_c7287abdb049c6b5ba21d77f4f\` (\`roundId\`, \`computedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`scores\` (\`id\` varchar(36) NOT NULL, \`assignmentId\` varchar(36) NOT NULL, \`roundId\` varchar(36) NOT NULL, \`entryId\` varchar(36) NOT NULL, \`judgeUserId\` varchar(36) NOT NULL, \`values\` text NOT NULL, \`commentForTeam\` text NULL, \`noteForOrganizers\` text NULL, \`status\` varchar(16) NOT NULL DEFAULT 'draft', \`submittedAt\` datetime NULL, \`version\` int NOT NULL DEFAULT '1', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_df55fc9db834e4981408098af9\` (\`roundId\`, \`entryId\`), UNIQUE INDEX \`IDX_1416c2057d2ee9d1c6ce1a26d7\` (\`assignmentId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`contests\` ADD \`shareJudgeComments\` tinyint NOT NULL DEFAULT 0`,
    );
    await queryRunner.query(`ALTER TABLE \`contest_rounds\` ADD \`advancementRule\` text NULL`);
    await queryRunner.query(`ALTER TABLE \`contest_rounds\` ADD \`visibility\` text NULL`);
    await queryRunner.query(`ALTER TABLE \`contest_rounds\` ADD \`decidedAt\` datetime NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`contest_rounds\` DROP COLUMN \`decidedAt\``);
    await queryRunner.query(`ALTER TABLE \`contest_rounds\` DROP COLUMN \`visibility\``);
    await queryRunner.query(`ALTER TABLE \`contest_rounds\` DROP COLUMN \`advancementRule\``);
    await queryRunner.query(`ALTER TABLE \`contests\` DROP COLUMN \`shareJudgeComments\``);
    await queryRunner.query(`DROP INDEX \`IDX_1416c2057d2ee9d1c6ce1a26d7\` ON \`scores\``);
    await queryRunner.query(`DROP INDEX \`IDX_df55fc9db834e4981408098af9\` ON \`scores\``);
    await queryRunner.query(`DROP TABLE \`scores\``);
    await queryRunner.query(`DROP INDEX \`IDX_c7287abdb049c6b5ba21d77f4f\` ON \`ranking_results\``);
    await queryRunner.query(`DROP TABLE \`ranking_results\``);
    await queryRunner.query(`DROP INDEX \`IDX_b6e50cd19f8cd2998dfc2cf5db\` ON \`contest_judges\``);
    await queryRunner.query(`DROP INDEX \`IDX_846a5c3561f81411b2d105fa93\` ON \`contest_judges\``);
    await queryRunner.query(`DROP TABLE \`contest_judges\``);
    await queryRunner.query(
      `DROP INDEX \`IDX_b966237de04a2bcbd18f4fc6d6\` ON \`conflicts_of_interest\``,
    );
    await queryRunner.query(`DROP TABLE \`conflicts_of_interest\``);
    await queryRunner.query(`DROP INDEX \`IDX_8dd1fa01ea156bae3146111eb7\` ON \`round_entries\``);
    await queryRunner.query(`DROP INDEX \`IDX_e62e64e21229fc25e0821d7b80\` ON \`round_entries\``);
    await queryRunner.query(`DROP TABLE \`round_entries\``);
    await queryRunner.query(`DROP INDEX \`IDX_971a8bfb2aed65c2b3be5f178c\` ON \`assignments\``);
    await queryRunner.query(`DROP INDEX \`IDX_e53176b2448df0c137966e2ba9\` ON \`assignments\``);
    await queryRunner.query(`DROP INDEX \`IDX_2e53cbc938c3a0278b83e2b6e2\` ON \`assignments\``);
    await queryRunner.query(`DROP TABLE \`assignments\``);
    await queryRunner.query(
      `DROP INDEX \`IDX_95da6edbc2581964b2705056c2\` ON \`advancement_overrides\``,
    );
    await queryRunner.query(`DROP TABLE \`advancement_overrides\``);
  }
}
