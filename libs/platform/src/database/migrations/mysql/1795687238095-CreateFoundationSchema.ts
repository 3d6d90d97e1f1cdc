import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFoundationSchema1795687238095 implements MigrationInterface {
  name = 'CreateFoundationSchema1795687238095';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`notifications\` (\`id\` varchar(36) NOT NULL, \`dedupeKey\` varchar(191) NOT NULL, \`recipientEmail\` varchar(254) NOT NULL, \`recipientUserId\` varchar(36) NULL, \`template\` varchar(64) NOT NULL, \`locale\` varchar(2) NOT NULL, \`data\` text NOT NULL, \`status\` varchar(16) NOT NULL DEFAULT 'pending', \`attempts\` int NOT NULL DEFAULT '0', \`lastError\` text NULL, \`nextAttemptAt\` datetime NOT NULL, \`queuedAt\` datetime NULL, \`sentAt\` datetime NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_45b348394a902cde8038080f84\` (\`status\`, \`nextAttemptAt\`), UNIQUE INDEX \`IDX_4e652c0d7bd0781daccfea1e11\` (\`dedupeKey\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`audit_log\` (\`id\` varchar(36) NOT NULL, \`actorId\` varchar(36) NULL, \`action\` varchar(64) NOT NULL, \`subjectType\` varchar(64) NOT NULL, \`subjectId\` varchar(36) NOT NULL, \`data\` text NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_9aeea1c8abb3458edee171f7fa\` (\`subjectType\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`auth_sessions\` (\`id\` varchar(36) NOT NULL, \`userId\` varchar(36) NOT NULL, \`kind\` varchar(8) NOT NULL, \`cookieHash\` varchar(64) NULL, \`expiresAt\` datetime NOT NULL, \`revokedAt\` datetime NULL, \`revokeReason\` varchar(32) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_925b24d7fc2f9324ce972aee02\` (\`userId\`), UNIQUE INDEX \`IDX_3007e1080af0a955421b157291\` (\`cookieHash\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`refresh_tokens\` (\`id\` varchar(36) NOT NULL, \`sessionId\` varchar(36) NOT NULL, \`tokenHash\` varchar(64) NOT NULL, \`expiresAt\` datetime NOT NULL, \`rotatedAt\` datetime NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_b25a58a00578bd1b7a01623d2d\` (\`sessionId\`), UNIQUE INDEX \`IDX_c25bc63d248ca90e8dcc1d92d0\` (\`tokenHash\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`user_tokens\` (\`id\` varchar(36) NOT NULL, \`userId\` varchar(36) NOT NULL, \`purpose\` varchar(32) NOT NULL, \`tokenHash\` varchar(64) NOT NULL, \`expiresAt\` datetime NOT NULL, \`usedAt\` datetime NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_92ce9a299624e4c4ffd99b645b\` (\`userId\`), UNIQUE INDEX \`IDX_b848ddeb21c22ecee6a867e9ae\` (\`tokenHash\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`users\` (\`id\` varchar(36) NOT NULL, \`email\` varchar(254) NOT NULL, \`passwordHash\` varchar(255) NOT NULL, \`fullName\` varchar(120) NOT NULL, \`phone\` varchar(32) NULL, \`dateOfBirth\` date NULL, \`gender\` varchar(16) NULL, \`organization\` varchar(200) NULL, \`district\` varchar(100) NULL, \`locale\` varchar(2) NOT NULL DEFAULT 'vi', \`role\` varchar(16) NOT NULL DEFAULT 'applicant', \`emailVerifiedAt\` datetime NULL, \`consentVersion\` varchar(32) NOT NULL, \`consentAt\` datetime NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_97672ac88f789774dd47f7c8be\` (\`email\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`contests\` (\`id\` varchar(36) NOT NULL, \`slug\` varchar(64) NOT NULL, \`nameVi\` varchar(200) NOT NULL, \`nameEn\` varchar(200) NOT NULL, \`kind\` varchar(32) NOT NULL, \`descriptionVi\` text NOT NULL, \`descriptionEn\` text NOT NULL, \`status\` varchar(16) NOT NULL DEFAULT 'draft', \`registrationOpensAt\` datetime NULL, \`submissionDeadline\` datetime NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_9d34d0f5b13c895c8038b97e5b\` (\`slug\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_9d34d0f5b13c895c8038b97e5b\` ON \`contests\``);
    await queryRunner.query(`DROP TABLE \`contests\``);
    await queryRunner.query(`DROP INDEX \`IDX_97672ac88f789774dd47f7c8be\` ON \`users\``);
    await queryRunner.query(`DROP TABLE \`users\``);
    await queryRunner.query(`DROP INDEX \`IDX_b848ddeb21c22ecee6a867e9ae\` ON \`user_tokens\``);
    await queryRunner.query(`DROP INDEX \`IDX_92ce9a299624e4c4ffd99b645b\` ON \`user_tokens\``);
    await queryRunner.query(`DROP TABLE \`user_tokens\``);
    await queryRunner.query(`DROP INDEX \`IDX_c25bc63d248ca90e8dcc1d92d0\` ON \`refresh_tokens\``);
    await queryRunner.query(`DROP INDEX \`IDX_b25a58a00578bd1b7a01623d2d\` ON \`refresh_tokens\``);
    await queryRunner.query(`DROP TABLE \`refresh_tokens\``);
    await queryRunner.query(`DROP INDEX \`IDX_3007e1080af0a955421b157291\` ON \`auth_sessions\``);
    await queryRunner.query(`DROP INDEX \`IDX_925b24d7fc2f9324ce972aee02\` ON \`auth_sessions\``);
    await queryRunner.query(`DROP TABLE \`auth_sessions\``);
    await queryRunner.query(`DROP INDEX \`IDX_9aeea1c8abb3458edee171f7fa\` ON \`audit_log\``);
    await queryRunner.query(`DROP TABLE \`audit_log\``);
    await queryRunner.query(`DROP INDEX \`IDX_4e652c0d7bd0781daccfea1e11\` ON \`notifications\``);
    await queryRunner.query(`DROP INDEX \`IDX_45b348394a902cde8038080f84\` ON \`notifications\``);
    await queryRunner.query(`DROP TABLE \`notifications\``);
  }
}
