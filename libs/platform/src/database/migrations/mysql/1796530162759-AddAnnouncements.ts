import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAnnouncements1796530162759 implements MigrationInterface {
  name = 'AddAnnouncements1796530162759';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`result_outcomes\` (\`id\` varchar(36) NOT NULL, \`announcementId\` varchar(36) NOT NULL, \`contestId\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`entryId\` varchar(36) NOT NULL, \`kind\` varchar(16) NOT NULL, \`outcomeKey\` varchar(191) NOT NULL, INDEX \`IDX_cda420c706a0a1e4182ab5a673\` (\`contestId\`, \`version\`), UNIQUE INDEX \`UQ_result_outcomes_entry\` (\`announcementId\`, \`entryId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`result_announcements\` (\`id\` varchar(36) NOT NULL, \`contestId\` varchar(36) NOT NULL, \`version\` int NOT NULL, \`announcedBy\` varchar(36) NOT NULL, \`changedEntries\` int NOT NULL, \`mails\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`UQ_result_announcements_version\` (\`contestId\`, \`version\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`contest_judges\` ADD \`showNameOnResults\` tinyint NOT NULL DEFAULT 0`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`contest_judges\` DROP COLUMN \`showNameOnResults\``);
    await queryRunner.query(
      `DROP INDEX \`UQ_result_announcements_version\` ON \`result_announcements\``,
    );
    await queryRunner.query(`DROP TABLE \`result_announcements\``);
    await queryRunner.query(`DROP INDEX \`UQ_result_outcomes_entry\` ON \`result_outcomes\``);
    await queryRunner.query(`DROP INDEX \`IDX_cda420c706a0a1e4182ab5a673\` ON \`result_outcomes\``);
    await queryRunner.query(`DROP TABLE \`result_outcomes\``);
  }
}
