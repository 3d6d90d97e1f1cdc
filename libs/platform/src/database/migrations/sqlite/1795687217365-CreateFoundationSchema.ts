import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFoundationSchema1795687217365 implements MigrationInterface {
  name = 'CreateFoundationSchema1795687217365';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" varchar(36) PRIMARY KEY NOT NULL, "dedupeKey" varchar(191) NOT NULL, "recipientEmail" varchar(254) NOT NULL, "recipientUserId" varchar(36), "template" varchar(64) NOT NULL, "locale" varchar(2) NOT NULL, "data" text NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('pending'), "attempts" integer NOT NULL DEFAULT (0), "lastError" text, "nextAttemptAt" datetime NOT NULL, "queuedAt" datetime, "sentAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_4e652c0d7bd0781daccfea1e117" UNIQUE ("dedupeKey"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_45b348394a902cde8038080f84" ON "notifications" ("status", "nextAttemptAt") `,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" varchar(36) PRIMARY KEY NOT NULL, "actorId" varchar(36), "action" varchar(64) NOT NULL, "subjectType" varchar(64) NOT NULL, "subjectId" varchar(36) NOT NULL, "data" text, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9aeea1c8abb3458edee171f7fa" ON "audit_log" ("subjectType") `,
    );
    await queryRunner.query(
      `CREATE TABLE "auth_sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "kind" varchar(8) NOT NULL, "cookieHash" varchar(64), "expiresAt" datetime NOT NULL, "revokedAt" datetime, "revokeReason" varchar(32), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_3007e1080af0a955421b1572914" UNIQUE ("cookieHash"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_925b24d7fc2f9324ce972aee02" ON "auth_sessions" ("userId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "refresh_tokens" ("id" varchar(36) PRIMARY KEY NOT NULL, "sessionId" varchar(36) NOT NULL, "tokenHash" varchar(64) NOT NULL, "expiresAt" datetime NOT NULL, "rotatedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_c25bc63d248ca90e8dcc1d92d06" UNIQUE ("tokenHash"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b25a58a00578bd1b7a01623d2d" ON "refresh_tokens" ("sessionId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "user_tokens" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "purpose" varchar(32) NOT NULL, "tokenHash" varchar(64) NOT NULL, "expiresAt" datetime NOT NULL, "usedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_b848ddeb21c22ecee6a867e9aea" UNIQUE ("tokenHash"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_92ce9a299624e4c4ffd99b645b" ON "user_tokens" ("userId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("id" varchar(36) PRIMARY KEY NOT NULL, "email" varchar(254) NOT NULL, "passwordHash" varchar(255) NOT NULL, "fullName" varchar(120) NOT NULL, "phone" varchar(32), "dateOfBirth" date, "gender" varchar(16), "organization" varchar(200), "district" varchar(100), "locale" varchar(2) NOT NULL DEFAULT ('vi'), "role" varchar(16) NOT NULL DEFAULT ('applicant'), "emailVerifiedAt" datetime, "consentVersion" varchar(32) NOT NULL, "consentAt" datetime NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "contests" ("id" varchar(36) PRIMARY KEY NOT NULL, "slug" varchar(64) NOT NULL, "nameVi" varchar(200) NOT NULL, "nameEn" varchar(200) NOT NULL, "kind" varchar(32) NOT NULL, "descriptionVi" text NOT NULL, "descriptionEn" text NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('draft'), "registrationOpensAt" datetime, "submissionDeadline" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_9d34d0f5b13c895c8038b97e5b2" UNIQUE ("slug"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "contests"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "IDX_92ce9a299624e4c4ffd99b645b"`);
    await queryRunner.query(`DROP TABLE "user_tokens"`);
    await queryRunner.query(`DROP INDEX "IDX_b25a58a00578bd1b7a01623d2d"`);
    await queryRunner.query(`DROP TABLE "refresh_tokens"`);
    await queryRunner.query(`DROP INDEX "IDX_925b24d7fc2f9324ce972aee02"`);
    await queryRunner.query(`DROP TABLE "auth_sessions"`);
    await queryRunner.query(`DROP INDEX "IDX_9aeea1c8abb3458edee171f7fa"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP INDEX "IDX_45b348394a902cde8038080f84"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
