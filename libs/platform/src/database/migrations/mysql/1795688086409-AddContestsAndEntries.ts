import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddContestsAndEntries1795688086409 implements MigrationInterface {
  name = 'AddContestsAndEntries1795688086409';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`idempotency_records\` (\`id\` varchar(36) NOT NULL, \`scope\` varchar(120) NOT NULL, \`key\` varchar(100) NOT NULL, \`statusCode\` int NOT NULL, \`response\` text NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_9c03b6adebf385ca991d085063\` (\`scope\`, \`key\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`contest_categories\` (\`id\` varchar(36) NOT NULL, \`contestId\` varchar(36) NOT NULL, \`key\` varchar(40) NOT NULL, \`nameVi\` varchar(120) NOT NULL, \`nameEn\` varchar(120) NOT NULL, \`descriptionVi\` text NULL, \`descriptionEn\` text NULL, \`eligibility\` text NULL, \`position\` int NOT NULL DEFAULT '0', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_cc3af6f63beb824bf97702b109\` (\`contestId\`), UNIQUE INDEX \`IDX_adf2f52a5bfac4c64277ddddaf\` (\`contestId\`, \`key\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`contest_questions\` (\`id\` varchar(36) NOT NULL, \`contestId\` varchar(36) NOT NULL, \`key\` varchar(40) NOT NULL, \`labelVi\` varchar(300) NOT NULL, \`labelEn\` varchar(300) NOT NULL, \`kind\` varchar(16) NOT NULL, \`required\` tinyint NOT NULL DEFAULT 0, \`options\` text NULL, \`position\` int NOT NULL DEFAULT '0', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_ee2e68a7feb7d6749d041fca8e\` (\`contestId\`), UNIQUE INDEX \`IDX_e5ac25d252505790bf3b37b849\` (\`contestId\`, \`key\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`contest_rounds\` (\`id\` varchar(36) NOT NULL, \`contestId\` varchar(36) NOT NULL, \`position\` int NOT NULL, \`nameVi\` varchar(120) NOT NULL, \`nameEn\` varchar(120) NOT NULL, \`mode\` varchar(8) NOT NULL DEFAULT 'online', \`reviewsPerEntry\` int NOT NULL DEFAULT '3', \`judgingOpensAt\` datetime NULL, \`judgingClosesAt\` datetime NULL, \`criteria\` text NOT NULL, \`rubricLockedAt\` datetime NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_78ebff0ec891f8ab4020266304\` (\`contestId\`), UNIQUE INDEX \`IDX_2a74cfdd72475a19735650fb20\` (\`contestId\`, \`position\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`entry_attachments\` (\`id\` varchar(36) NOT NULL, \`entryId\` varchar(36) NOT NULL, \`kind\` varchar(16) NOT NULL, \`storageKey\` varchar(120) NOT NULL, \`originalName\` varchar(200) NOT NULL, \`mediaType\` varchar(100) NOT NULL, \`sizeBytes\` int NOT NULL, \`sha256\` varchar(64) NOT NULL, \`uploadedBy\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_fd4f5f9e8e5c68297ca32becae\` (\`entryId\`), UNIQUE INDEX \`IDX_f54adf97ed9f214b3e9e98ba67\` (\`storageKey\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`entries\` (\`id\` varchar(36) NOT NULL, \`contestId\` varchar(36) NOT NULL, \`categoryId\` varchar(36) NOT NULL, \`fieldKey\` varchar(40) NULL, \`ownerId\` varchar(36) NOT NULL, \`code\` varchar(24) NOT NULL, \`status\` varchar(16) NOT NULL DEFAULT 'draft', \`applicantType\` varchar(16) NOT NULL, \`title\` varchar(200) NOT NULL, \`teamName\` varchar(120) NULL, \`organization\` varchar(200) NULL, \`district\` varchar(100) NULL, \`businessRegisteredOn\` date NULL, \`summary\` text NULL, \`problem\` text NULL, \`solution\` text NULL, \`customers\` text NULL, \`businessModel\` text NULL, \`advantage\` text NULL, \`stage\` varchar(32) NULL, \`fundingNeeds\` text NULL, \`videoUrl\` varchar(500) NULL, \`answers\` text NULL, \`revision\` int NOT NULL DEFAULT '1', \`submittedRevision\` int NULL, \`submittedAt\` datetime NULL, \`withdrawnAt\` datetime NULL, \`screeningReason\` text NULL, \`screenedAt\` datetime NULL, \`screenedBy\` varchar(36) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_9598b2d2aa8c9cfdb9fcb6b439\` (\`ownerId\`), INDEX \`IDX_ed59a5ecac292da671c0dbd2d7\` (\`contestId\`, \`status\`), UNIQUE INDEX \`IDX_27b14d180489e0812dee601476\` (\`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`entry_events\` (\`id\` varchar(36) NOT NULL, \`entryId\` varchar(36) NOT NULL, \`actorId\` varchar(36) NULL, \`type\` varchar(40) NOT NULL, \`data\` text NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_cf77dbe5adfe2742512c71a569\` (\`entryId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`entry_members\` (\`id\` varchar(36) NOT NULL, \`entryId\` varchar(36) NOT NULL, \`contestId\` varchar(36) NOT NULL, \`fullName\` varchar(120) NOT NULL, \`email\` varchar(254) NOT NULL, \`dateOfBirth\` date NULL, \`gender\` varchar(16) NULL, \`organization\` varchar(200) NULL, \`role\` varchar(16) NOT NULL DEFAULT 'member', \`userId\` varchar(36) NULL, \`position\` int NOT NULL DEFAULT '0', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_75513aa56d971acf2a6dad8bb0\` (\`entryId\`), INDEX \`IDX_151aca40aa8c1f6e135a8be3a1\` (\`contestId\`, \`email\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`entry_snapshots\` (\`id\` varchar(36) NOT NULL, \`entryId\` varchar(36) NOT NULL, \`revision\` int NOT NULL, \`content\` text NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_5014716daa112de6136db5a6d7\` (\`entryId\`, \`revision\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(`ALTER TABLE \`contests\` ADD \`codePrefix\` varchar(12) NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE \`contests\` ADD \`lastEntryNumber\` int NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(`ALTER TABLE \`contests\` ADD \`rulesVi\` text NULL`);
    await queryRunner.query(`ALTER TABLE \`contests\` ADD \`rulesEn\` text NULL`);
    await queryRunner.query(
      `ALTER TABLE \`contests\` ADD \`graceMinutes\` int NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE \`contests\` ADD \`blindJudging\` tinyint NOT NULL DEFAULT 0`,
    );
    await queryRunner.query(`ALTER TABLE \`contests\` ADD \`eligibility\` text NULL`);
    await queryRunner.query(`ALTER TABLE \`contests\` ADD \`fields\` text NULL`);
    await queryRunner.query(`ALTER TABLE \`contests\` ADD \`prizes\` text NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`contests\` DROP COLUMN \`prizes\``);
    await queryRunner.query(`ALTER TABLE \`contests\` DROP COLUMN \`fields\``);
    await queryRunner.query(`ALTER TABLE \`contests\` DROP COLUMN \`eligibility\``);
    await queryRunner.query(`ALTER TABLE \`contests\` DROP COLUMN \`blindJudging\``);
    await queryRunner.query(`ALTER TABLE \`contests\` DROP COLUMN \`graceMinutes\``);
    await queryRunner.query(`ALTER TABLE \`contests\` DROP COLUMN \`rulesEn\``);
    await queryRunner.query(`ALTER TABLE \`contests\` DROP COLUMN \`rulesVi\``);
    await queryRunner.query(`ALTER TABLE \`contests\` DROP COLUMN \`lastEntryNumber\``);
    await queryRunner.query(`ALTER TABLE \`contests\` DROP COLUMN \`codePrefix\``);
    await queryRunner.query(`DROP INDEX \`IDX_5014716daa112de6136db5a6d7\` ON \`entry_snapshots\``);
    await queryRunner.query(`DROP TABLE \`entry_snapshots\``);
    await queryRunner.query(`DROP INDEX \`IDX_151aca40aa8c1f6e135a8be3a1\` ON \`entry_members\``);
    await queryRunner.query(`DROP INDEX \`IDX_75513aa56d971acf2a6dad8bb0\` ON \`entry_members\``);
    await queryRunner.query(`DROP TABLE \`entry_members\``);
    await queryRunner.query(`DROP INDEX \`IDX_cf77dbe5adfe2742512c71a569\` ON \`entry_events\``);
    await queryRunner.query(`DROP TABLE \`entry_events\``);
    await queryRunner.query(`DROP INDEX \`IDX_27b14d180489e0812dee601476\` ON \`entries\``);
    await queryRunner.query(`DROP INDEX \`IDX_ed59a5ecac292da671c0dbd2d7\` ON \`entries\``);
    await queryRunner.query(`DROP INDEX \`IDX_9598b2d2aa8c9cfdb9fcb6b439\` ON \`entries\``);
    await queryRunner.query(`DROP TABLE \`entries\``);
    await queryRunner.query(
      `DROP INDEX \`IDX_f54adf97ed9f214b3e9e98ba67\` ON \`entry_attachments\``,
    );
    await queryRunner.query(
      `DROP INDEX \`IDX_fd4f5f9e8e5c68297ca32becae\` ON \`entry_attachments\``,
    );
    await queryRunner.query(`DROP TABLE \`entry_attachments\``);
    await queryRunner.query(`DROP INDEX \`IDX_2a74cfdd72475a19735650fb20\` ON \`contest_rounds\``);
    await queryRunner.query(`DROP INDEX \`IDX_78ebff0ec891f8ab4020266304\` ON \`contest_rounds\``);
    await queryRunner.query(`DROP TABLE \`contest_rounds\``);
    await queryRunner.query(
      `DROP INDEX \`IDX_e5ac25d252505790bf3b37b849\` ON \`contest_questions\``,
    );
    await queryRunner.query(
      `DROP INDEX \`IDX_ee2e68a7feb7d6749d041fca8e\` ON \`contest_questions\``,
    );
    await queryRunner.query(`DROP TABLE \`contest_questions\``);
    await queryRunner.query(
      `DROP INDEX \`IDX_adf2f52a5bfac4c64277ddddaf\` ON \`contest_categories\``,
    );
    await queryRunner.query(
      `DROP INDEX \`IDX_cc3af6f63beb824bf97702b109\` ON \`contest_categories\``,
    );
    await queryRunner.query(`DROP TABLE \`contest_categories\``);
    await queryRunner.query(
      `DROP INDEX \`IDX_9c03b6adebf385ca991d085063\` ON \`idempotency_records\``,
    );
    await queryRunner.query(`DROP TABLE \`idempotency_records\``);
  }
}
