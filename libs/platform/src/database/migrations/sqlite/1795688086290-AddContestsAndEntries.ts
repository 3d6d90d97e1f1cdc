import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddContestsAndEntries1795688086290 implements MigrationInterface {
  name = 'AddContestsAndEntries1795688086290';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_records" ("id" varchar(36) PRIMARY KEY NOT NULL, "scope" varchar(120) NOT NULL, "key" varchar(100) NOT NULL, "statusCode" integer NOT NULL, "response" text NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_9c03b6adebf385ca991d085063" ON "idempotency_records" ("scope", "key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "contest_categories" ("id" varchar(36) PRIMARY KEY NOT NULL, "contestId" varchar(36) NOT NULL, "key" varchar(40) NOT NULL, "nameVi" varchar(120) NOT NULL, "nameEn" varchar(120) NOT NULL, "descriptionVi" text, "descriptionEn" text, "eligibility" text, "position" integer NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cc3af6f63beb824bf97702b109" ON "contest_categories" ("contestId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_adf2f52a5bfac4c64277ddddaf" ON "contest_categories" ("contestId", "key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "contest_questions" ("id" varchar(36) PRIMARY KEY NOT NULL, "contestId" varchar(36) NOT NULL, "key" varchar(40) NOT NULL, "labelVi" varchar(300) NOT NULL, "labelEn" varchar(300) NOT NULL, "kind" varchar(16) NOT NULL, "required" boolean NOT NULL DEFAULT (0), "options" text, "position" integer NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ee2e68a7feb7d6749d041fca8e" ON "contest_questions" ("contestId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_e5ac25d252505790bf3b37b849" ON "contest_questions" ("contestId", "key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "contest_rounds" ("id" varchar(36) PRIMARY KEY NOT NULL, "contestId" varchar(36) NOT NULL, "position" integer NOT NULL, "nameVi" varchar(120) NOT NULL, "nameEn" varchar(120) NOT NULL, "mode" varchar(8) NOT NULL DEFAULT ('online'), "reviewsPerEntry" integer NOT NULL DEFAULT (3), "judgingOpensAt" datetime, "judgingClosesAt" datetime, "criteria" text NOT NULL, "rubricLockedAt" datetime, "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_78ebff0ec891f8ab4020266304" ON "contest_rounds" ("contestId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_2a74cfdd72475a19735650fb20" ON "contest_rounds" ("contestId", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "entry_attachments" ("id" varchar(36) PRIMARY KEY NOT NULL, "entryId" varchar(36) NOT NULL, "kind" varchar(16) NOT NULL, "storageKey" varchar(120) NOT NULL, "originalName" varchar(200) NOT NULL, "mediaType" varchar(100) NOT NULL, "sizeBytes" integer NOT NULL, "sha256" varchar(64) NOT NULL, "uploadedBy" varchar(36) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_f54adf97ed9f214b3e9e98ba671" UNIQUE ("storageKey"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_fd4f5f9e8e5c68297ca32becae" ON "entry_attachments" ("entryId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "entries" ("id" varchar(36) PRIMARY KEY NOT NULL, "contestId" varchar(36) NOT NULL, "categoryId" varchar(36) NOT NULL, "fieldKey" varchar(40), "ownerId" varchar(36) NOT NULL, "code" varchar(24) NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('draft'), "applicantType" varchar(16) NOT NULL, "title" varchar(200) NOT NULL, "teamName" varchar(120), "organization" varchar(200), "district" varchar(100), "businessRegisteredOn" date, "summary" text, "problem" text, "solution" text, "customers" text, "businessModel" text, "advantage" text, "stage" varchar(32), "fundingNeeds" text, "videoUrl" varchar(500), "answers" text, "revision" integer NOT NULL DEFAULT (1), "submittedRevision" integer, "submittedAt" datetime, "withdrawnAt" datetime, "screeningReason" text, "screenedAt" datetime, "screenedBy" varchar(36), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_27b14d180489e0812dee6014767" UNIQUE ("code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9598b2d2aa8c9cfdb9fcb6b439" ON "entries" ("ownerId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ed59a5ecac292da671c0dbd2d7" ON "entries" ("contestId", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "entry_events" ("id" varchar(36) PRIMARY KEY NOT NULL, "entryId" varchar(36) NOT NULL, "actorId" varchar(36), "type" varchar(40) NOT NULL, "data" text, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cf77dbe5adfe2742512c71a569" ON "entry_events" ("entryId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "entry_members" ("id" varchar(36) PRIMARY KEY NOT NULL, "entryId" varchar(36) NOT NULL, "contestId" varchar(36) NOT NULL, "fullName" varchar(120) NOT NULL, "email" varchar(254) NOT NULL, "dateOfBirth" date, "gender" varchar(16), "organization" varchar(200), "role" varchar(16) NOT NULL DEFAULT ('member'), "userId" varchar(36), "position" integer NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_75513aa56d971acf2a6dad8bb0" ON "entry_members" ("entryId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_151aca40aa8c1f6e135a8be3a1" ON "entry_members" ("contestId", "email") `,
    );
    await queryRunner.query(
      `CREATE TABLE "entry_snapshots" ("id" varchar(36) PRIMARY KEY NOT NULL, "entryId" varchar(36) NOT NULL, "revision" integer NOT NULL, "content" text NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_5014716daa112de6136db5a6d7" ON "entry_snapshots" ("entryId", "revision") `,
    );
    await queryRunner.query(
      `CREATE TABLE "temporary_contests" ("id" varchar(36) PRIMARY KEY NOT NULL, "slug" varchar(64) NOT NULL, "nameVi" varchar(200) NOT NULL, "nameEn" varchar(200) NOT NULL, "kind" varchar(32) NOT NULL, "descriptionVi" text NOT NULL, "descriptionEn" text NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('draft'), "registrationOpensAt" datetime, "submissionDeadline" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "codePrefix" varchar(12) NOT NULL, "lastEntryNumber" integer NOT NULL DEFAULT (0), "rulesVi" text, "rulesEn" text, "graceMinutes" integer NOT NULL DEFAULT (0), "blindJudging" boolean NOT NULL DEFAULT (0), "eligibility" text, "fields" text, "prizes" text, CONSTRAINT "UQ_9d34d0f5b13c895c8038b97e5b2" UNIQUE ("slug"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_contests"("id", "slug", "nameVi", "nameEn", "kind", "descriptionVi", "descriptionEn", "status", "registrationOpensAt", "submissionDeadline", "createdAt", "updatedAt") SELECT "id", "slug", "nameVi", "nameEn", "kind", "descriptionVi", "descriptionEn", "status", "registrationOpensAt", "submissionDeadline", "createdAt", "updatedAt" FROM "contests"`,
    );
    await queryRunner.query(`DROP TABLE "contests"`);
    await queryRunner.query(`ALTER TABLE "temporary_contests" RENAME TO "contests"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contests" RENAME TO "temporary_contests"`);
    await queryRunner.query(
      `CREATE TABLE "contests" ("id" varchar(36) PRIMARY KEY NOT NULL, "slug" varchar(64) NOT NULL, "nameVi" varchar(200) NOT NULL, "nameEn" varchar(200) NOT NULL, "kind" varchar(32) NOT NULL, "descriptionVi" text NOT NULL, "descriptionEn" text NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('draft'), "registrationOpensAt" datetime, "submissionDeadline" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_9d34d0f5b13c895c8038b97e5b2" UNIQUE ("slug"))`,
    );
    await queryRunner.query(
      `INSERT INTO "contests"("id", "slug", "nameVi", "nameEn", "kind", "descriptionVi", "descriptionEn", "status", "registrationOpensAt", "submissionDeadline", "createdAt", "updatedAt") SELECT "id", "slug", "nameVi", "nameEn", "kind", "descriptionVi", "descriptionEn", "status", "registrationOpensAt", "submissionDeadline", "createdAt", "updatedAt" FROM "temporary_contests"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_contests"`);
    await queryRunner.query(`DROP INDEX "IDX_5014716daa112de6136db5a6d7"`);
    await queryRunner.query(`DROP TABLE "entry_snapshots"`);
    await queryRunner.query(`DROP INDEX "IDX_151aca40aa8c1f6e135a8be3a1"`);
    await queryRunner.query(`DROP INDEX "IDX_75513aa56d971acf2a6dad8bb0"`);
    await queryRunner.query(`DROP TABLE "entry_members"`);
    await queryRunner.query(`DROP INDEX "IDX_cf77dbe5adfe2742512c71a569"`);
    await queryRunner.query(`DROP TABLE "entry_events"`);
    await queryRunner.query(`DROP INDEX "IDX_ed59a5ecac292da671c0dbd2d7"`);
    await queryRunner.query(`DROP INDEX "IDX_9598b2d2aa8c9cfdb9fcb6b439"`);
    await queryRunner.query(`DROP TABLE "entries"`);
    await queryRunner.query(`DROP INDEX "IDX_fd4f5f9e8e5c68297ca32becae"`);
    await queryRunner.query(`DROP TABLE "entry_attachments"`);
    await queryRunner.query(`DROP INDEX "IDX_2a74cfdd72475a19735650fb20"`);
    await queryRunner.query(`DROP INDEX "IDX_78ebff0ec891f8ab4020266304"`);
    await queryRunner.query(`DROP TABLE "contest_rounds"`);
    await queryRunner.query(`DROP INDEX "IDX_e5ac25d252505790bf3b37b849"`);
    await queryRunner.query(`DROP INDEX "IDX_ee2e68a7feb7d6749d041fca8e"`);
    await queryRunner.query(`DROP TABLE "contest_questions"`);
    await queryRunner.query(`DROP INDEX "IDX_adf2f52a5bfac4c64277ddddaf"`);
    await queryRunner.query(`DROP INDEX "IDX_cc3af6f63beb824bf97702b109"`);
    await queryRunner.query(`DROP TABLE "contest_categories"`);
    await queryRunner.query(`DROP INDEX "IDX_9c03b6adebf385ca991d085063"`);
    await queryRunner.query(`DROP TABLE "idempotency_records"`);
  }
}
